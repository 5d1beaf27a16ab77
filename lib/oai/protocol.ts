// OAI-PMH 2.0's arguments, read and checked before anything touches the database. Pure: the
// route hands it the request's (name, value) pairs, in order, so that a repeated argument is seen.
// http://www.openarchives.org/OAI/2.0/openarchivesprotocol.htm

export const OAI_VERBS = ["Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords", "GetRecord"] as const;
export type OaiVerb = (typeof OAI_VERBS)[number];

export type OaiErrorCode = "badArgument" | "badResumptionToken" | "badVerb" | "cannotDisseminateFormat" | "idDoesNotExist" | "noRecordsMatch" | "noMetadataFormats" | "noSetHierarchy";
export type OaiError = { code: OaiErrorCode; message: string };

/** Where a list resumes: the last record sent, in (datestamp, id) order, with the list's own arguments. */
export type OaiCursor = { datestamp: number; id: string };

export type OaiListArgs = {
  metadataPrefix: string;
  /** Inclusive lower bound, ms since the epoch. */
  from?: number;
  /** Exclusive upper bound: `until` plus one unit of its granularity. */
  before?: number;
  set?: string;
  after?: OaiCursor;
};

export type OaiRequest =
  | { verb: "Identify" }
  | { verb: "ListMetadataFormats"; identifier?: string }
  | { verb: "ListSets"; resumed: boolean }
  | { verb: "GetRecord"; identifier: string; metadataPrefix: string }
  | ({ verb: "ListIdentifiers" | "ListRecords" } & OaiListArgs);

/** The arguments echoed in <request>: only valid requests echo them (spec 3.6). */
export type OaiParsed = { ok: true; request: OaiRequest; echo: Record<string, string> } | { ok: false; errors: OaiError[]; echo: Record<string, string> };

const ALLOWED: Record<OaiVerb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ["identifier"] },
  ListSets: { required: [], optional: [], exclusive: "resumptionToken" },
  GetRecord: { required: ["identifier", "metadataPrefix"], optional: [] },
  ListIdentifiers: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
  ListRecords: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
};

// A token is short: four small fields and an id. Anything longer is not one of ours.
const MAX_TOKEN = 512;
const MAX_VALUE = 1_000;
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(?::[A-Za-z0-9\-_.!~*'()]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** A UTC date of either granularity, as ms and its granularity; null when malformed or not a real date. */
export function parseUtcDatestamp(text: string): { ms: number; unit: "day" | "second" } | null {
  const m = SECOND.exec(text) ?? DAY.exec(text);
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1);
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not come back unchanged is not real.
  if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d) || back.getUTCHours() !== Number(h) || back.getUTCMinutes() !== Number(mi) || back.getUTCSeconds() !== Number(s)) return null;
  return { ms, unit: m.length > 4 ? "second" : "day" };
}

/** The repository's datestamps are to the second, in UTC. */
export function formatDatestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

type TokenBody = { v: 1; p: string; f?: number; b?: number; s?: string; t: number; i: string };

export function encodeResumptionToken(args: OaiListArgs & { after: OaiCursor }): string {
  const body: TokenBody = { v: 1, p: args.metadataPrefix, f: args.from, b: args.before, s: args.set, t: args.after.datestamp, i: args.after.id };
  return Buffer.from(JSON.stringify(body)).toString("base64url");
}

function decodeResumptionToken(token: string): OaiListArgs | null {
  if (token.length > MAX_TOKEN || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null) return null;
  const b = body as Partial<TokenBody>;
  // Times a Date can hold (±8.64e15 ms): a forged 9e15 passed as an integer, then threw on
  // toISOString, a 500 instead of badResumptionToken.
  const int = (n: unknown) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0 && n <= 8.64e15;
  if (b.v !== 1 || typeof b.p !== "string" || !int(b.t) || typeof b.i !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(b.i)) return null;
  if ((b.f !== undefined && !int(b.f)) || (b.b !== undefined && !int(b.b)) || (b.s !== undefined && (typeof b.s !== "string" || !SET_SPEC.test(b.s)))) return null;
  return { metadataPrefix: b.p, from: b.f, before: b.b, set: b.s, after: { datestamp: b.t!, id: b.i } };
}

const fail = (echo: Record<string, string>, ...errors: OaiError[]): OaiParsed => ({ ok: false, errors, echo });

/** Reads one OAI-PMH request from its arguments, in the order they came. */
export function parseOaiRequest(pairs: Array<[string, string]>): OaiParsed {
  const seen = new Map<string, string>();
  const repeated = new Set<string>();
  for (const [name, value] of pairs) {
    if (seen.has(name)) repeated.add(name);
    else seen.set(name, value);
  }
  const verbValue = seen.get("verb");
  if (repeated.has("verb")) return fail({}, { code: "badVerb", message: "The verb argument is repeated." });
  if (verbValue === undefined) return fail({}, { code: "badVerb", message: "The verb argument is missing." });
  if (!(OAI_VERBS as readonly string[]).includes(verbValue)) return fail({}, { code: "badVerb", message: "The value of the verb argument is not a legal OAI-PMH verb." });
  const verb = verbValue as OaiVerb;
  const rule = ALLOWED[verb];
  const args = new Map([...seen].filter(([name]) => name !== "verb"));
  const errors: OaiError[] = [];
  for (const name of repeated) errors.push({ code: "badArgument", message: `The argument ${name.slice(0, 40)} is repeated.` });
  for (const [name, value] of args) {
    const legal = rule.required.includes(name) || rule.optional.includes(name) || rule.exclusive === name;
    if (!legal) errors.push({ code: "badArgument", message: `${verb} does not take the argument ${name.slice(0, 40)}.` });
    else if (value.length > MAX_VALUE && name !== "resumptionToken") errors.push({ code: "badArgument", message: `The argument ${name} is too long.` });
  }
  if (errors.length) return fail({}, ...errors);
  const echo = Object.fromEntries([["verb", verb], ...args]);

  const token = rule.exclusive ? args.get(rule.exclusive) : undefined;
  if (token !== undefined) {
    if (args.size > 1) return fail({}, { code: "badArgument", message: "resumptionToken is an exclusive argument: send it with the verb alone." });
    if (verb === "ListSets") return fail(echo, { code: "badResumptionToken", message: "The set list is complete in one response; this token is not one this repository issued." });
    const resumed = decodeResumptionToken(token);
    if (!resumed) return fail(echo, { code: "badResumptionToken", message: "The resumptionToken is invalid or was not issued by this repository." });
    return { ok: true, request: { verb: verb as "ListRecords" | "ListIdentifiers", ...resumed }, echo };
  }
  const missing = rule.required.filter((name) => !args.has(name));
  if (missing.length) return fail({}, { code: "badArgument", message: `${verb} needs the argument${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}.` });

  switch (verb) {
    case "Identify":
      return { ok: true, request: { verb }, echo };
    case "ListSets":
      return { ok: true, request: { verb, resumed: false }, echo };
    case "ListMetadataFormats":
      return { ok: true, request: { verb, identifier: args.get("identifier") }, echo };
    case "GetRecord":
      return { ok: true, request: { verb, identifier: args.get("identifier")!, metadataPrefix: args.get("metadataPrefix")! }, echo };
    case "ListIdentifiers":
    case "ListRecords": {
      const from = args.has("from") ? parseUtcDatestamp(args.get("from")!) : undefined;
      const until = args.has("until") ? parseUtcDatestamp(args.get("until")!) : undefined;
      if (from === null || until === null) return fail({}, { code: "badArgument", message: "from and until must be UTC dates as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ." });
      if (from && until && from.unit !== until.unit) return fail({}, { code: "badArgument", message: "from and until must have the same granularity." });
      if (from && until && from.ms > until.ms) return fail({}, { code: "badArgument", message: "from is later than until." });
      const set = args.get("set");
      if (set !== undefined && !SET_SPEC.test(set)) return fail({}, { code: "badArgument", message: "The set argument is not a valid setSpec." });
      const before = until ? until.ms + (until.unit === "day" ? 86_400_000 : 1_000) : undefined;
      return { ok: true, request: { verb, metadataPrefix: args.get("metadataPrefix")!, from: from?.ms, before, set }, echo };
    }
  }
}
