// Pure, and not server-only: scripts/serve.ts asks it about every request before Next sees it.
// What Next answers with a 500 (or, through the nginx front, a 502) for requests no route handles,
// refused here with a readable 4xx instead, for every route at once.
import { localePath, splitLocalePath } from "@/lib/i18n/paths";
import type { MessageCode } from "@/lib/messages/catalog";

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;

// Longer paths are no address of Folio's (slugs are at most 200 characters). Next's 404 echoes
// the path in a header, and behind nginx a path of 3,000+ characters overflowed its buffer (502).
export const MAX_PATH_LENGTH = 1024;

// Posts that are not server actions on a page: the API routes (each behind lib/http/gateway.ts,
// which checks the origin itself), Auth.js's own, and OAI-PMH, whose harvesters post forms from
// anywhere.
const POST_ROUTES = /^\/(api\/|oai$)/;

/**
 * An over-long path is no page: it is handed to Next as a short missing one, so the reader gets
 * the site's own 404 page (in the path's language) and no header repeats thousands of characters.
 * A top-level one: under a route with parameters, Next answers an RSC request with a 307 first.
 * Null for other paths.
 */
export function shortenOverLongPath(url: string): string | null {
  const { pathname, search } = splitUrl(url);
  if (pathname.length <= MAX_PATH_LENGTH) return null;
  return `${localePath(splitLocalePath(pathname).locale, "/-too-long-")}${search}`;
}

function splitUrl(url: string): { pathname: string; search: string } {
  const q = url.indexOf("?");
  return q === -1 ? { pathname: url, search: "" } : { pathname: url.slice(0, q), search: url.slice(q) };
}

export type DoorRefusal = { status: number; code: MessageCode; allow?: string };

export function refuseAtTheDoor({ method, url, origin, siteUrl }: { method: string; url: string; origin: string | undefined; siteUrl: string }): DoorRefusal | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) return { status: 405, code: "request.methodNotAllowed", allow: ALLOWED_METHODS.join(", ") };
  const { pathname } = splitUrl(url);
  // A post to a page is a server action; from another origin (or "null") Next answered 500
  // ("Invalid Server Actions request") when it carried no Next-Action header.
  if (method === "POST" && !POST_ROUTES.test(pathname) && origin !== siteUrl) return { status: 403, code: "request.crossSite" };
  return null;
}
