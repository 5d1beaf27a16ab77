// The layers of lib/, lowest first: a folder (or a top-level file) may import only those above it
// in this list, so no import points upward and no two folders can import each other. Read it as
// the architecture; the README draws the same picture. A new folder goes into the lowest layer
// whose folders it needs, after them.
export const LIB_LAYERS = [
  // Core: configuration, the database, languages, the Result type and its codes, pure helpers.
  { layer: "core", folders: ["env", "generated", "db", "i18n", "messages", "format", "csv", "xml", "markdown", "teaser", "seo", "security"] },
  // Schemas: zod at every boundary, shared by the forms (in the browser) and the server.
  { layer: "schemas", folders: ["validations"] },
  // Services: files, images, the page cache, mail. They know nothing of analyses or readers.
  { layer: "services", folders: ["storage", "images", "cache", "mail"] },
  // Domains: what the institute publishes and what readers and editors do with it.
  { layer: "domains", folders: ["search", "authors", "centers", "publications", "accounts", "bookmarks", "auth", "stats", "downloads", "reading", "alerts", "covers", "editorial", "site-pages", "import"] },
  // Delivery: the post gateway and responses, server actions, machine formats, feeds, OAI-PMH,
  // Crossref, sitemaps, and background jobs, which wire the domains together.
  { layer: "delivery", folders: ["http", "actions", "formats", "feeds", "oai", "crossref", "sitemaps", "jobs"] },
];
