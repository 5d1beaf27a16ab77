// npm run serve: the production server. `next start`, plus what Next cannot be told:
// - forwarded headers are believed only behind a proxy the operator declared (TRUST_PROXY), so a
//   client cannot choose its own address for the rate limits, nor its host for anything else;
// - a cached page never carries one visitor's query string (lib/http/visitor-query.ts);
// - while the database (or the bucket, with STORAGE_URL) cannot be reached, answers that would be
//   a 500 are a 503 with Retry-After and a readable page, and set no cookie, so nobody is signed
//   out by an outage;
// - an analysis page carries its FAIR Signposting Link header (lib/http/signposting-header.ts);
// - a front cache keeps a page FRONT_CACHE_SECONDS at most, however long Next keeps it
//   (lib/http/front-cache.ts);
// - Next's own page cache takes CACHE_MAX_MB of disk at most (lib/cache/disk-cache-handler.js), or,
//   with REDIS_URL, is shared by every process through Redis (lib/cache/redis-cache-handler.js).
// Run it with plain tsx (no react-server condition): Next loads its own bundles.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import BoundedDiskCache, { LIMIT_KEY } from "@/lib/cache/disk-cache-handler";
import RedisCache, { checkRedisMemory, OPTIONS_KEY } from "@/lib/cache/redis-cache-handler";
import { isServiceUnavailable } from "@/lib/db/health";
import { env } from "@/lib/env";
import { refuseAtTheDoor, shortenOverLongPath } from "@/lib/http/front-door";
import { messagePageHtml } from "@/lib/http/message-page";
import { frontCacheControl } from "@/lib/http/front-cache";
import { cachedPageTest, withoutEmptyParams, withoutVisitorQuery, type PrerenderManifest } from "@/lib/http/visitor-query";
import { messageFor } from "@/lib/messages/catalog";
import { normaliseForwardedHeaders } from "@/lib/security/forwarded";
import { fetchSignpostingHeader, signpostedSlug } from "@/lib/http/signposting-header";

const RETRY_AFTER_SECONDS = 30;

const outage = messageFor("service.unavailable");
const OUTAGE_PAGE = messagePageHtml({ title: outage.title, message: outage.text, backHref: "/", backLabel: "Home page", siteName: env.SITE_NAME });

/** Replaces a 5xx answer with the outage page while the database or the bucket is known to be unreachable. */
function answerOutagesWith503(res: http.ServerResponse) {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: http.OutgoingHttpHeaders) => http.ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  let replaced = false;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500 && isServiceUnavailable()) {
      replaced = true;
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      return writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) });
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse)(status, ...rest);
  }) as typeof res.writeHead;
  // Decide before the first byte: Node would otherwise write the original head implicitly.
  const decide = () => {
    if (!res.headersSent) res.writeHead(res.statusCode);
  };
  res.write = ((...args: unknown[]) => {
    decide();
    return replaced ? true : write(...args);
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    decide();
    if (!replaced) return end(...args);
    const callback = args.find((a) => typeof a === "function");
    return end(OUTAGE_PAGE, callback);
  }) as typeof res.end;
}

function capFrontCaching(res: http.ServerResponse) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader(name, name.toLowerCase() === "cache-control" && typeof value === "string" ? frontCacheControl(value, env.FRONT_CACHE_SECONDS) : value)) as typeof res.setHeader;
}

async function main() {
  // Next's page cache: shared through Redis, or bounded on this process's disk. Handed over on the
  // global Next reads when no `cacheHandler` is configured: that setting makes Next import the
  // module again on every request, a module resolution that took more CPU than the page's SQL
  // (bench:profile).
  const global = globalThis as Record<symbol, unknown>;
  global[LIMIT_KEY] = env.CACHE_MAX_MB * 1024 * 1024;
  // Memory is dearer than disk: a process keeps at most 256 MB of the shared cache, however large
  // CACHE_MAX_MB (the pages most read; the rest is one Redis round trip away).
  global[OPTIONS_KEY] = { url: env.REDIS_URL, memoryBytes: Math.min(env.CACHE_MAX_MB, 256) * 1024 * 1024 };
  global[Symbol.for("@next/cache-handlers")] = { FetchCache: env.REDIS_URL ? RedisCache : BoundedDiskCache };
  if (env.REDIS_URL) {
    // Said once at start: the bound is the operator's to set (docs/operations.md, Production deployment).
    checkRedisMemory({ url: env.REDIS_URL })
      .then((warning) => warning && console.warn(`[folio] ${warning}`))
      .catch((e: unknown) => console.warn(`[folio] could not read Redis's memory settings: ${e instanceof Error ? e.message : e}`));
  }
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The build says which pages are cached, so no route or locale can be forgotten.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const isCachedPage = cachedPageTest(JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as PrerenderManifest);
  const self = `http://127.0.0.1:${env.PORT}`;
  const server = http.createServer(async (req, res) => {
    normaliseForwardedHeaders(req.headers, { peer: req.socket.remoteAddress, trustProxy: env.TRUST_PROXY });
    req.url = shortenOverLongPath(req.url ?? "/") ?? req.url;
    const refusal = refuseAtTheDoor({ method: req.method ?? "", url: req.url ?? "/", origin: req.headers.origin, siteUrl: env.SITE_URL });
    if (refusal) {
      const { title, text } = messageFor(refusal.code);
      res.writeHead(refusal.status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...(refusal.allow ? { allow: refusal.allow } : {}) });
      res.end(req.method === "HEAD" ? undefined : messagePageHtml({ title, message: text, backHref: "/", backLabel: "Home page", siteName: env.SITE_NAME }));
      return;
    }
    if (req.url && (req.method === "GET" || req.method === "HEAD")) {
      const short = withoutEmptyParams(req.url);
      if (short) {
        res.writeHead(303, { location: new URL(short, env.SITE_URL).toString(), "cache-control": "no-store" });
        res.end();
        return;
      }
      req.url = withoutVisitorQuery(req.url, isCachedPage);
    }
    answerOutagesWith503(res);
    capFrontCaching(res);
    const slug = req.method === "GET" || req.method === "HEAD" ? signpostedSlug(req.url) : null;
    if (slug) {
      // A header that cannot be had is left out; the page is answered either way.
      const link = await fetchSignpostingHeader({ slug, origin: self }).catch(() => null);
      if (link && !res.headersSent) res.setHeader("link", link);
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Idle keep-alive connections stay open longer than a client or a front keeps them (nginx's
  // upstream keepalive_timeout is 60 s). With Node's 5 s default, a request sent on a connection
  // at the moment the server closes it gets a reset instead of an answer (seen in the test suite).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const extras = [env.TRUST_PROXY && "behind a trusted proxy", env.REDIS_URL && "page cache shared through Redis"].filter(Boolean);
  server.listen(env.PORT, () => console.log(`Folio serving ${env.SITE_URL} on port ${env.PORT}${extras.map((x) => `, ${x}`).join("")}`));
  // Requests in flight may finish; an idle keep-alive connection or a stuck one must not keep a
  // stopped process alive (the test suite's extra servers lingered for hours that way).
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
