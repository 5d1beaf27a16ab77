// Another server process beside the suite's own (scripts/serve.ts on the same build), for tests
// that need two processes or a database of their own. Resolves once it answers.
import { spawn, type ChildProcess } from "node:child_process";

export async function startExtraServer({ port, env, label }: { port: number; env: Record<string, string | undefined>; label: string }): Promise<ChildProcess> {
  const server = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    if (await fetch(`http://localhost:${port}/api/me`).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  stopExtraServer(server);
  throw new Error(`the ${label} did not start on port ${port}`);
}

export function stopExtraServer(server: ChildProcess | undefined) {
  if (server?.pid) process.kill(-server.pid);
}
