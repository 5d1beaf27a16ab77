// Runs once when a server starts: validating the environment here makes a production server
// without AUTH_SECRET (or with any invalid setting) refuse to start, rather than fail later.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("@/lib/env");
    // Every job in lib/jobs/registry.ts, on its timer.
    const { startJobTimers } = await import("@/lib/jobs/timers");
    startJobTimers();
  }
}
