// The README and docs/ as a newcomer reads them: every relative link reaches a file, and every
// #anchor a heading, so moving a section cannot strand a link to it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const pages = ["README.md", ...fs.readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => path.join("docs", f))];
// GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, "").replace(/ /g, "-");
const anchorsOf = (file: string) => fs.readFileSync(file, "utf8").split("\n").filter((l) => /^#{1,6} /.test(l)).map((l) => anchor(l.replace(/^#+/, "")));

describe("the documentation's links", () => {
  it.each(pages)("%s links only to files and headings that exist", (page) => {
    const broken: string[] = [];
    for (const [, target] of fs.readFileSync(page, "utf8").matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?|mailto):/.test(target)) continue;
      const [file, hash] = target.split("#");
      const resolved = file ? path.normalize(path.join(path.dirname(page), file)) : page;
      if (!fs.existsSync(resolved)) broken.push(target);
      else if (hash && resolved.endsWith(".md") && !anchorsOf(resolved).includes(hash)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it("keeps the README short: what a newcomer needs first", () => {
    expect(fs.readFileSync("README.md", "utf8").split("\n").length).toBeLessThan(250);
  });
});
