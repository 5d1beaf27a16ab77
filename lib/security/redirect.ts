// Pure: shared by server code and the client components that build sign-in links.
/**
 * A same-origin relative path, or "/" when the target is anything else: absolute URLs,
 * protocol-relative "//host", backslash tricks ("/\\host"), control characters, or garbage.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  try {
    const base = "http://folio.invalid";
    const url = new URL(target, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Normalising can make a protocol-relative path of a harmless one: "/.//evil.example".
    if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}

/**
 * An absolute URL on `origin` for any target: an absolute URL counts only on `origin` itself, and
 * everything else goes through safeRedirectPath. What Auth.js is given, and gives back.
 */
export function sameOriginUrl(target: string, origin: string): string {
  const path = target.startsWith(`${origin}/`) ? target.slice(origin.length) : target;
  return `${origin}${safeRedirectPath(path)}`;
}
