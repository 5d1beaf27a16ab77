// The one Pages Router route. App Router route handlers cannot send Content-Length (Next strips
// it in send-response.ts), and downloads need it; an API route writes to Node's response itself.
// Reached as /analyses/<slug>/pdf through a rewrite in next.config.js.
import fs from "node:fs";
import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth";
import { planPdfResponse } from "@/lib/downloads/stream-pdf";
import { isLocale } from "@/lib/i18n/locales";

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
    range: header("range"),
    ifRange: header("if-range"),
    method: req.method,
  });
  res.writeHead(plan.status, plan.headers);
  if (!plan.file || req.method === "HEAD") return res.end(plan.status === 404 ? "Not found" : undefined);
  // Streamed: memory stays flat whatever the file's size.
  const stream = fs.createReadStream(plan.file.path, { start: plan.file.start, end: plan.file.end });
  stream.on("error", () => res.destroy());
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}
