// First path segments that are not pages of a locale: the locales themselves, Next's files, the
// APIs, feeds, sitemaps and stored images. Every other address is an English page.
const UNLOCALIZED = ["en", "fr", "_next", "api", "oai", "feeds", "sitemaps", "sitemap\\.xml", "robots\\.txt", "covers", "photos", "favicon\\.ico", "icon\\.svg"];

// The cookie the language switch sets (lib/i18n/cookie.ts).
const LOCALE_COOKIE = "folio-locale";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end suite builds into its own folder so it never clobbers the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The end-to-end suite's builds skip Next's own type check: `npm test` runs `tsc` first, and the
  // check took a quarter of each build (two per CI run, one per engine).
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // `npm run bench`'s static baselines (app/[locale]/(bench)/…/page.bench.tsx) are pages only in
  // its own build: in every other one the file matches no page name, and the route does not exist.
  pageExtensions: ["tsx", "ts", "jsx", "js", ...(process.env.BENCH_STATIC_PAGES === "1" ? ["bench.tsx"] : [])],
  // Folio serves no image through next/image; off, /_next/image is a 404 rather than a fetcher of
  // any same-site URL (it answered 500 for the gated PDF route).
  images: { unoptimized: true },
  // Behind the nginx front (scripts/deploy/nginx-front.conf) nginx compresses; Next's own gzip
  // halved its throughput when measured here. NEXT_COMPRESS=0 turns it off.
  compress: process.env.NEXT_COMPRESS !== "0",
  turbopack: {
    resolveAlias: {
      // Turbopack loads `server-only` as an external module in Pages Router code (the PDF route),
      // where Node resolves it without the react-server condition and it throws. Map it the way
      // Next's webpack config does: empty on the server, the real guard in browser bundles.
      "server-only": { browser: "next/dist/compiled/server-only/index", default: "next/dist/compiled/server-only/empty" },
    },
  },
  // Bundled rather than loaded by Node at run time in that route: the alias above then applies,
  // and next-auth's extension-less ESM imports (next/server) resolve.
  transpilePackages: ["server-only", "next-auth"],
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfkit", "pdfjs-dist", "@napi-rs/canvas", "sharp", "redis", "mjml"],
  async rewrites() {
    return {
      beforeFiles: [
        // The gated PDF lives at a readable address; the handler is pages/api/pdf/[slug].ts. From a
        // French page it sends signed-out readers to the French sign-in.
        { source: "/analyses/:slug/pdf", destination: "/api/pdf/:slug" },
        { source: "/fr/analyses/:slug/pdf", destination: "/api/pdf/:slug?locale=fr" },
        // Pages live under app/[locale]; English, the default, keeps its unprefixed addresses.
        // Files, feeds and APIs have no locale.
        { source: "/", destination: "/en" },
        { source: `/:path((?!(?:${UNLOCALIZED.join("|")})(?:/|$)).+)`, destination: "/en/:path" },
      ],
    };
  },
  async redirects() {
    return [
      // One address per page: English is unprefixed.
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
      // The home page remembers the language a reader chose with the switch (a cookie it sets).
      // Here in the router, not in proxy.ts: the home page keeps its static speed for everyone else.
      { source: "/", has: [{ type: "cookie", key: LOCALE_COOKIE, value: "fr" }], destination: "/fr", permanent: false },
    ];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
