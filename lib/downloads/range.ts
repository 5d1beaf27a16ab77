// Pure: HTTP Range parsing for the PDF route (single ranges only, as PDF viewers use).
export type ByteRange = { start: number; end: number };

/**
 * "bytes=0-99", "bytes=100-", "bytes=-500". Returns null when there is no usable Range header
 * (serve the whole file), "unsatisfiable" for a range outside the file (416).
 * Multiple ranges are answered with the whole file, which RFC 9110 allows.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || start > end) return "unsatisfiable";
  return { start, end };
}
