import { describe, expect, it } from "vitest";
import { parseSearchQuery, toFts5, toTsQuery } from "@/lib/search/query";

const terms = (q: string) => {
  const r = parseSearchQuery(q);
  if (!r.ok) throw new Error(r.reason);
  return r.terms;
};

describe("parseSearchQuery", () => {
  it("reads phrases, words and a prefix on the word being typed", () => {
    expect(toFts5(terms('"energy security" russ'))).toBe('"energy security" "russ"*');
    expect(toTsQuery(terms('"energy security" russ'))).toBe("(energy <-> security) & russ:*");
  });

  it("stops prefix matching once the word is finished", () => {
    expect(toFts5(terms("japan "))).toBe('"japan"');
  });

  it("refuses empty and over-long queries", () => {
    expect(parseSearchQuery("   ")).toEqual({ ok: false, reason: "empty" });
    expect(parseSearchQuery("!!! ??? ---")).toEqual({ ok: false, reason: "empty" });
    expect(parseSearchQuery("a".repeat(201))).toEqual({ ok: false, reason: "too-long" });
  });

  it.each([
    ['"unbalanced quote', '"unbalanced" "quote"*'],
    ["NEAR(a b) OR c AND NOT d", '"NEAR" "a" "b" "OR" "c" "AND" "NOT" "d"*'],
    ["title:japan*", '"title" "japan"'],
    ["'; DROP TABLE \"Publication\"; --", '"Publication" "DROP" "TABLE"'],
    ["énergie 🙂 sécurité", '"énergie" "sécurité"*'],
    ["a & b | !c <-> d:*", '"a" "b" "c" "d"'],
  ])("neutralises %j", (input, fts) => {
    expect(toFts5(terms(input))).toBe(fts);
    // Only letters, digits and the operators this module writes itself.
    expect(toTsQuery(terms(input))).toMatch(/^[\p{L}\p{N} &]+(:\*)?$/u);
  });

  it("keeps at most 12 terms", () => {
    expect(terms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
  });
});
