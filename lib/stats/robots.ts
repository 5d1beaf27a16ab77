import "server-only";
import patterns from "@/lib/stats/counter-robots.json";

// The COUNTER robots list (github.com/atmire/COUNTER-Robots, MIT, counter-robots.LICENSE), kept
// as the data file COUNTER publishes: to update it, replace counter-robots.json with the newest
// COUNTER_Robots_list.json. Patterns are regular expressions, matched without regard to case.
// The list counts an empty user agent ("^.?$") as a robot, and headless browsers too.

let compiled: RegExp | null = null;

function robotPattern(): RegExp {
  compiled ??= new RegExp((patterns as Array<{ pattern: string }>).map((p) => `(?:${p.pattern})`).join("|"), "i");
  return compiled;
}

/** Whether COUNTER counts a request with this User-Agent as a robot's. */
export function isRobot(userAgent: string | null | undefined): boolean {
  return robotPattern().test(userAgent ?? "");
}
