import "server-only";
import { downloadReturnPath } from "@/lib/accounts/return-to";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getDownloadablePdf, recordDownload } from "@/lib/downloads/queries";
import { parseRange } from "@/lib/downloads/range";
import { isSlug } from "@/lib/validations/slug";
import { env } from "@/lib/env";
import { blobStore } from "@/lib/storage/blob-store";

export type PdfResponsePlan = {
  status: 200 | 206 | 302 | 303 | 404 | 416;
  headers: Record<string, string>;
  /** Bytes to stream from storage (lib/storage), inclusive; absent when the answer has no body. */
  file?: { key: string; start: number; end: number };
};

// Only what nginx should pass on to the reader: it sends the file, its length and ranges itself.
const ACCEL_HEADERS = ["content-type", "content-disposition", "cache-control", "accept-ranges", "x-content-type-options"];

/** How long a presigned download URL works (PDF_DELIVERY=redirect). */
export const PRESIGNED_SECONDS = 60;

const notFound: PdfResponsePlan = { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } };

/**
 * What to answer for the gated full text. Without a session: 303 to sign-in, which brings the
 * reader back to the analysis page, where the download starts (a redirect to the file itself
 * would leave them on the sign-in form, with no sign that it worked).
 * With one: the file with its length, ETag and single-range support. Records a download only for
 * a GET answered with the whole file: a PDF viewer's range requests are the same download, and
 * COUNTER does not count a request for part of a file (lib/stats/counter.ts).
 */
export async function planPdfResponse({ slug, locale = DEFAULT_LOCALE, userId, userAgent = null, range, ifRange, method = "GET" }: {
  slug: string;
  /** The interface the reader came from: a signed-out reader signs in and returns in it. */
  locale?: Locale;
  userId: string | null;
  /** For COUNTER's robots list: a robot's download is logged, never counted. */
  userAgent?: string | null;
  range: string | null;
  ifRange: string | null;
  method?: string;
}): Promise<PdfResponsePlan> {
  // Slugs never contain dots or slashes, so an encoded "../" fails here, before any lookup.
  if (!isSlug(slug)) return notFound;
  if (!userId) {
    return { status: 303, headers: { location: localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(downloadReturnPath({ slug, locale }))}`), "cache-control": "no-store" } };
  }
  const pdf = await getDownloadablePdf({ slug });
  if (!pdf) return notFound;
  const store = blobStore();
  const size = await store.size(pdf.key);
  if (size === null) {
    console.error(`The PDF of ${slug} is missing from storage (${pdf.key}).`);
    return notFound;
  }
  const etag = `"${pdf.sha256}"`;
  const headers: Record<string, string> = {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${pdf.slug}.pdf"`,
    "cache-control": "private, no-store",
    "accept-ranges": "bytes",
    etag,
    "x-content-type-options": "nosniff",
  };
  // A range is only valid for the version of the file it was computed against.
  const wanted = ifRange && ifRange !== etag ? null : parseRange(range, size);
  if (wanted === "unsatisfiable") return { status: 416, headers: { ...headers, "content-range": `bytes */${size}` } };
  const { start, end } = wanted ?? { start: 0, end: size - 1 };
  if (!wanted && method === "GET") await recordDownload({ userId, publicationId: pdf.id, userAgent });
  // From a bucket: the reader's browser fetches the bytes itself, with a URL that dies in 60 s and
  // names the file; its range requests go straight to the bucket.
  if (env.PDF_DELIVERY === "redirect" && store.presign) {
    const location = await store.presign(pdf.key, { filename: `${pdf.slug}.pdf`, contentType: "application/pdf", seconds: PRESIGNED_SECONDS });
    return { status: 302, headers: { location, "cache-control": "private, no-store" } };
  }
  if (env.PDF_ACCEL_REDIRECT) {
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => ACCEL_HEADERS.includes(name)));
    return { status: 200, headers: { ...kept, "x-accel-redirect": `${env.PDF_ACCEL_REDIRECT}${pdf.key}` } };
  }
  return {
    status: wanted ? 206 : 200,
    headers: { ...headers, "content-length": String(end - start + 1), ...(wanted ? { "content-range": `bytes ${start}-${end}/${size}` } : {}) },
    file: { key: pdf.key, start, end },
  };
}
