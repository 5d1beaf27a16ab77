// The one place environment variables are read and validated. Deliberately not "server-only":
// prisma.config.ts and the command-line scripts need the same rules as the app.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default("file:./data/folio.db")
    .refine((u) => u.startsWith("file:") || /^postgres(ql)?:\/\//.test(u), {
      message: "must be a file: URL (SQLite) or a postgresql:// URL",
    }),
  STORAGE_DIR: z.string().trim().min(1).default("./storage"),
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default("http://localhost:3000")
    .transform((u) => u.replace(/\/+$/, "")),
  SITE_NAME: z.string().trim().min(1).default("Halden Institute for International Affairs"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Seconds a cached public page is served before it is regenerated in the background.
  REVALIDATE_SECONDS: z.coerce.number().int().min(1).default(300),
});

function readEnv() {
  // Empty strings count as unset, as they do for most tools.
  const raw = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, process.env[k] === "" ? undefined : process.env[k]]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const provider = e.DATABASE_URL.startsWith("file:") ? ("sqlite" as const) : ("postgresql" as const);
  return {
    ...e,
    provider,
    // SQLite paths are relative to the project root, whatever the working directory of a worker.
    sqliteFile: provider === "sqlite" ? path.resolve(e.DATABASE_URL.slice("file:".length)) : null,
    storageDir: path.resolve(e.STORAGE_DIR),
  };
}

export const env = readEnv();
export type Env = typeof env;
export type DatabaseProvider = Env["provider"];
