// npm run db:migrate | db:migration:create -- <name> [--provider sqlite|postgresql] | db:diff | db:status
// DATABASE_URL picks the database (SQLite by default). `create` and `diff` only need a scratch database
// for replaying migrations, so they can target the other provider with --provider.
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { applyMigrations, createMigration, diffMigrations, readMigrationStatus } from "@/lib/db/migrator";
import { runScript } from "./lib/run-script";

const SCRATCH = { sqlite: "file::memory:", postgresql: "postgresql://postgres@127.0.0.1:5432/postgres" } as const;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { provider: { type: "string" } },
  });
  const [command, name] = positionals;
  const provider = values.provider;
  if (provider !== undefined && provider !== "sqlite" && provider !== "postgresql") throw new Error("--provider is sqlite or postgresql");
  const url = provider && provider !== env.provider ? SCRATCH[provider] : env.DATABASE_URL;

  switch (command) {
    case "deploy": {
      const applied = await applyMigrations({ url });
      console.log(applied.length ? `Applied ${applied.length}: ${applied.join(", ")}` : "No pending migrations.");
      return;
    }
    case "create": {
      if (!name) throw new Error("usage: npm run db:migration:create -- <name> [--provider sqlite|postgresql]");
      const dir = await createMigration({ url, name });
      console.log(dir ? `Created ${dir}/migration.sql` : "The migrations already match the schema; nothing created.");
      return;
    }
    case "diff": {
      const sql = await diffMigrations({ url });
      if (sql.trim()) {
        process.stdout.write(sql);
        process.exitCode = 2;
      } else console.log("The migrations match the schema.");
      return;
    }
    case "status":
      console.log(JSON.stringify(await readMigrationStatus({ url }), null, 2));
      return;
    default:
      throw new Error("usage: db.ts deploy | create <name> | diff | status  [--provider sqlite|postgresql]");
  }
}

// Exit explicitly: the engine does not dispose its adapter, and an idle pg pool would hold the process open.
runScript(main);
