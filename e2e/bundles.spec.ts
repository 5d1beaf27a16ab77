// What the browser downloads: the production build's client chunks carry the client catalogues
// (lib/i18n/messages/*.client.json) and none of the server's, and no zod: forms in the browser
// take their limits as constants, and every check runs on the server. Read from the build this
// suite runs against, so an import that drags either in fails here, not in a reader's download.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const messages = (file: string) => JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages", file), "utf8"));
const texts = (tree: unknown): string[] => (typeof tree === "string" ? [tree] : tree && typeof tree === "object" ? Object.values(tree).flatMap(texts) : []);

function serverOnlyMarkers(): string[] {
  const client = new Set([...texts(messages("en.client.json")), ...texts(messages("fr.client.json"))]);
  // Long texts that only the server catalogues hold, without the quotes and backslashes a bundler
  // would escape (it keeps UTF-8 as it is: the client catalogues' accents are in the chunks).
  return [...texts(messages("en.json")), ...texts(messages("fr.json"))].filter((t) => t.length >= 40 && !/["\\]/.test(t) && ![...client].some((c) => c.includes(t)));
}

function clientChunks(): string[] {
  const root = path.join(process.env.NEXT_DIST_DIR ?? ".next-e2e", "static");
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".js") ? [path.join(dir, e.name)] : []));
  return walk(root);
}

test("no browser bundle carries the server's message catalogues or zod", () => {
  const markers = serverOnlyMarkers();
  expect(markers.length).toBeGreaterThan(100);
  const chunks = clientChunks();
  expect(chunks.length).toBeGreaterThan(5);
  const offenders: string[] = [];
  for (const file of chunks) {
    const code = fs.readFileSync(file, "utf8");
    const catalogue = markers.find((m) => code.includes(m));
    if (catalogue) offenders.push(`${path.basename(file)}: server catalogue ("${catalogue.slice(0, 50)}…")`);
    if (code.includes("ZodError")) offenders.push(`${path.basename(file)}: zod`);
  }
  expect(offenders).toEqual([]);
});
