// npm run job [-- <name>… [--payload '<json>']]: runs background jobs now, in the order given, as
// the servers' timers and the cron route run them (lib/jobs/registry.ts). Without a name it lists
// them. A job that needs a request (it refreshes a server's page cache) is sent to the local
// server's cron route (PORT); the others run in this process. Safe beside running servers.
import { localCronUrl, postToLocalCron } from "@/lib/jobs/cron-auth";
import { JOBS, findJob } from "@/lib/jobs/registry";
import { runJob, type JobRun } from "@/lib/jobs/run-job";
import { createProgressBar } from "./lib/progress";
import { runScript } from "./lib/run-script";

function parseArguments(args: string[]): { names: string[]; payload?: unknown } {
  const at = args.indexOf("--payload");
  if (at === -1) return { names: args };
  const text = args[at + 1];
  if (text === undefined) throw new Error("--payload needs a JSON value.");
  try {
    return { names: [...args.slice(0, at), ...args.slice(at + 2)], payload: JSON.parse(text) };
  } catch {
    throw new Error(`--payload is not JSON: ${text}`);
  }
}

async function runThroughServer(name: string, payload: unknown): Promise<JobRun> {
  const response = await postToLocalCron({ name, payload }).catch(() => {
    throw new Error(`${name} runs inside a server, and none answers at ${localCronUrl(name)}. Start one (npm run serve), or set PORT.`);
  });
  const body = (await response.json().catch(() => ({}))) as JobRun & { error?: string };
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}${body.error ? `: ${body.error}` : ""}`);
  return body;
}

async function main() {
  const { names, payload } = parseArguments(process.argv.slice(2));
  if (!names.length) {
    console.log("Jobs (npm run job -- <name>):");
    for (const job of JOBS) console.log(`  ${job.name.padEnd(22)} ${job.description}`);
    return 0;
  }
  const unknown = names.filter((name) => !findJob({ name }));
  if (unknown.length) throw new Error(`No such job: ${unknown.join(", ")}. npm run job lists them.`);
  for (const name of names) {
    const job = findJob({ name })!;
    const started = performance.now();
    const bar = createProgressBar();
    const run = job.inRequest ? await runThroughServer(name, payload) : await runJob(job, { payload, onProgress: (done, total) => bar.update(done, total, "done") });
    bar.done();
    const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (!run.ok) throw new Error(`${name}: ${run.issues.join("; ")}`);
    if (!run.ran) console.log(`${name}: ${run.reason === "no-work" ? "nothing to do" : "another process is running it; nothing done"} (${seconds}).`);
    else console.log(`${name}: ${Object.entries(run.summary).map(([k, v]) => `${k} ${v}`).join(", ")} (${seconds}).`);
  }
  return 0;
}

runScript(main);
