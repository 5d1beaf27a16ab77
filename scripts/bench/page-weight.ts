// npm run bench:weight -- [url ...]: what a first visit to a page downloads, compressed (gzip, as
// the browser asks for it): the HTML, plus every script and stylesheet it links.
// Defaults to the demo's richest analysis page on a server already running at SITE_URL.
import { gzipSync } from "node:zlib";
import { isEntryPoint, runScript } from "../lib/run-script";

const base = process.env.SITE_URL || "http://localhost:3000";
const urls = process.argv.slice(2).length ? process.argv.slice(2) : [`${base}/analyses/japan-russia-thaw-that-never-came`];

async function transferSize(url: string): Promise<{ raw: number; wire: number; encoding: string }> {
  const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  // fetch hands back the decoded body; re-compressing it at gzip level 6 estimates the bytes on the wire.
  const body = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get("content-encoding") ?? "identity";
  const wire = encoding === "identity" ? body.length : gzipSync(body, { level: 6 }).length;
  return { raw: body.length, wire, encoding };
}

/** What a first visit to `url` downloads: the page, its scripts and its stylesheets, in bytes. */
export async function measurePageWeight(url: string) {
  const html = await (await fetch(url)).text();
  const assets = [...new Set([...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]*href)="([^"]+)"/g)].map((m) => m[1]))];
  const page = await transferSize(url);
  const js = { raw: 0, wire: 0, n: 0 };
  const css = { raw: 0, wire: 0, n: 0 };
  for (const a of assets) {
    const s = await transferSize(new URL(a, url).href);
    const bucket = a.endsWith(".css") ? css : js;
    bucket.raw += s.raw;
    bucket.wire += s.wire;
    bucket.n++;
  }
  return { page, js, css };
}

async function main() {
  for (const url of urls) {
    const { page, js, css } = await measurePageWeight(url);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(url);
    console.log(`  HTML  ${kb(page.raw).padStart(10)} raw  ${kb(page.wire).padStart(10)} compressed (server sent ${page.encoding})`);
    console.log(`  JS    ${kb(js.raw).padStart(10)} raw  ${kb(js.wire).padStart(10)} compressed, ${js.n} files`);
    console.log(`  CSS   ${kb(css.raw).padStart(10)} raw  ${kb(css.wire).padStart(10)} compressed, ${css.n} files`);
    console.log(`  Total ${kb(page.raw + js.raw + css.raw).padStart(10)} raw  ${kb(page.wire + js.wire + css.wire).padStart(10)} compressed`);
  }
}

if (isEntryPoint(import.meta.url)) runScript(main);
