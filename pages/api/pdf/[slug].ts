// The one Pages Router route. App Router route handlers cannot send Content-Length (Next strips
// it in send-response.ts), and downloads need it; an API route writes to Node's response itself.
// Reached as /analyses/<slug>/pdf through a rewrite in next.config.js.
import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth";
import { planPdfResponse } from "@/lib/downloads/stream-pdf";
import { isLocale } from "@/lib/i18n/locales";
import { blobStore } from "@/lib/storage/blob-store";

export const config = { api: { responseLimit: false, bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return res.status(405).end();
  }
  const header = (name: string) => (typeof req.headers[name] === "string" ? (req.headers[name] as string) : null);
  const plan = await planPdfResponse({
    slug: String(req.query.slug ?? ""),
    locale: isLocale(req.query.locale) ? req.query.locale : undefined,
    userId: session?.user?.id ?? null,
    userAgent: header("user-agent"),
    range: header("range"),
    ifRange: header("if-range"),
    method: req.method,
  });
  if (!plan.file || req.method === "HEAD") {
    res.writeHead(plan.status, plan.headers);
    return res.end(plan.status === 404 ? "Not found" : undefined);
  }
  // Streamed from disk or the bucket: memory stays flat whatever the file's size.
  // A file gone missing is a 404; a bucket that cannot be reached throws, and is a 503 (serve.ts).
  const stream = await blobStore().open(plan.file.key, plan.file);
  if (!stream) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    return res.end("Not found");
  }
  res.writeHead(plan.status, plan.headers);
  stream.on("error", () => res.destroy());
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}
