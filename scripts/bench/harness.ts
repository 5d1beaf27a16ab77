// Shared by the benchmarks: a throw-away SQLite database, a production server on it, a signed-in
// reader, and the server's memory from /proc.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const TSX = ["tsx", "--conditions=react-server"];

export type BenchEnv = NodeJS.ProcessEnv;

const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * A throw-away database for one benchmark: a SQLite file under data/<name>/ (emptied first), or a
 * PostgreSQL database of its own; its storage folder, and the environment every script and server
 * of the run takes. `prepare` migrates it and loads the demo catalogue; `drop` removes a
 * PostgreSQL one (a SQLite one stays for a look, and is emptied by the next run).
 */
export function scratchDatabase({ name, provider = "sqlite", port = 3900 }: { name: string; provider?: "sqlite" | "postgresql"; port?: number }) {
  const dir = path.resolve("data", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = `folio_${name.replace(/\W/g, "_")}_${process.pid}`;
  let url = `file:${path.join(dir, "bench.db")}`;
  if (provider === "postgresql") {
    spawnSync("psql", ["-q", PG_ADMIN, "-c", `CREATE DATABASE "${database}"`], { stdio: "inherit" });
    const u = new URL(PG_ADMIN);
    u.pathname = `/${database}`;
    url = u.toString();
  }
  const env: BenchEnv = {
    ...process.env,
    DATABASE_URL: url,
    STORAGE_DIR: path.join(dir, "storage"),
    AUTH_SECRET: "bench-only-secret-0123456789-0123456789",
    SITE_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_RATE_LIMIT_PER_IP: "100000",
  };
  return {
    dir,
    env,
    prepare() {
      for (const script of ["generate-client.ts --if-needed", "db.ts deploy", "seed-demo.ts"]) runProjectScript(env, ...(script.split(" ") as [string, ...string[]]));
    },
    drop() {
      if (provider === "postgresql") spawnSync("psql", ["-q", PG_ADMIN, "-c", `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`], { stdio: "inherit" });
    },
  };
}

/** Runs one of the project's scripts (scripts/<file>) against the benchmark database. */
export function runProjectScript(env: BenchEnv, file: string, ...args: string[]) {
  const r = spawnSync("npx", [...TSX, `scripts/${file}`, ...args], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`scripts/${file} ${args.join(" ")} failed`);
}

export async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

/** The production server (scripts/serve.ts) on the current build, as `npm run serve` starts it. */
export function spawnServer(env: BenchEnv, port: number): ChildProcess {
  // Its errors go to data/bench-server-<port>.log: a server that dies mid-run says why there.
  fs.mkdirSync("data", { recursive: true });
  const log = fs.openSync(path.join("data", `bench-server-${port}.log`), "w");
  return spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts"], { env: { ...env, PORT: String(port), NODE_ENV: "production" }, stdio: ["ignore", log, log] });
}

/** The production server on the current build, its public origin its own port; resolves once it answers. */
export async function startNext(env: BenchEnv, port: number): Promise<ChildProcess> {
  const server = spawnServer({ ...env, SITE_URL: `http://localhost:${port}` }, port);
  await waitFor(`http://localhost:${port}/api/me`);
  return server;
}

export const BENCH_READER = { email: "bench@example.test", password: "bench passphrase 123" };

/** Creates the benchmark reader (run before starting the server) */
export function createReader(env: BenchEnv) {
  runProjectScript(env, "user-create.ts", "--email", BENCH_READER.email, "--role", "reader", "--password", BENCH_READER.password);
}

/** Signs a reader in (the benchmark reader by default); returns the Cookie header to send. */
export async function signIn(port: number, reader: { email: string; password: string } = BENCH_READER): Promise<string> {
  const res = await fetch(`http://localhost:${port}/api/account/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: `http://localhost:${port}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(reader),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie.includes("session-token")) throw new Error(`could not sign ${reader.email} in`);
  return cookie;
}

/** Resident memory of a process and its children, in KB. */
export function treeRssKb(pid: number): number {
  let total = 0;
  const pids = [pid];
  for (const entry of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {
      /* process ended */
    }
  }
  for (const p of pids) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* process ended */
    }
  }
  return total;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function hasNginx(): boolean {
  return spawnSync("sh", ["-c", "command -v nginx"]).status === 0;
}

/** nginx in the foreground with its files under `run`, serving the given `http { … }` body. */
function startNginx(run: string, http: string): ChildProcess {
  fs.mkdirSync(run, { recursive: true });
  const conf = path.join(run, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${run}/nginx.pid; error_log ${run}/error.log;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${run}; proxy_temp_path ${run}; fastcgi_temp_path ${run}; uwsgi_temp_path ${run}; scgi_temp_path ${run};
${http} }
`,
  );
  return spawn("nginx", ["-c", conf, "-p", run], { stdio: "ignore" });
}

/** nginx serving the files in `dir` on `port`, the way it serves any static file. */
export function startStaticNginx({ dir, port }: { dir: string; port: number }): ChildProcess {
  return startNginx(
    path.join(dir, "static-nginx"),
    `include /etc/nginx/mime.types; sendfile on;
  server { listen 127.0.0.1:${port}; root ${dir}; location / { try_files $uri =404; } }`,
  );
}

/** Round-robin over the app processes, caching nothing: what the app itself sustains. */
export function startBalancer({ dir, port, ports }: { dir: string; port: number; ports: number[] }): ChildProcess {
  return startNginx(
    path.join(dir, "balancer"),
    `upstream folio { ${ports.map((p) => `server 127.0.0.1:${p};`).join(" ")} keepalive 64; }
  server { listen 127.0.0.1:${port};
    location / { proxy_pass http://folio; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host $http_host; proxy_set_header X-Forwarded-For $remote_addr; } }`,
  );
}

/**
 * The documented production front (scripts/deploy/nginx-front.conf) before the given app ports,
 * running in the foreground under `dir`.
 */
export function startNginxFront({ dir, listen, ports, storageDir }: { dir: string; listen: string; ports: number[]; storageDir: string }): ChildProcess {
  const run = path.join(dir, "front");
  fs.mkdirSync(run, { recursive: true });
  const conf = fs
    .readFileSync("scripts/deploy/nginx-front.conf", "utf8")
    .replaceAll("{{RUN_DIR}}", run)
    .replaceAll("{{LISTEN}}", listen)
    .replaceAll("{{UPSTREAMS}}", ports.map((p) => `server 127.0.0.1:${p};`).join(" "))
    .replaceAll("{{STORAGE_DIR}}", path.resolve(storageDir))
    .replace("worker_processes auto;", "worker_processes auto; daemon off;");
  fs.writeFileSync(path.join(run, "nginx.conf"), conf);
  return spawn("nginx", ["-c", path.join(run, "nginx.conf"), "-p", run], { stdio: "ignore" });
}
