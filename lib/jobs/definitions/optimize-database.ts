import "server-only";
import { z } from "zod";
import { optimizeDatabase } from "@/lib/db/maintenance";
import { defineJob } from "@/lib/jobs/define-job";

// SQLite's query planner statistics; on PostgreSQL autovacuum does this, and the job does nothing.
export default defineJob({
  name: "optimize-database",
  description: "Refreshes SQLite's planner statistics (PRAGMA optimize); nothing on PostgreSQL.",
  everySeconds: () => 60 * 60,
  atStartup: { startup: true },
  payload: z.object({ startup: z.boolean().default(false) }),
  run: async ({ payload }) => {
    await optimizeDatabase({ startup: payload.startup });
    return { optimized: true };
  },
});
