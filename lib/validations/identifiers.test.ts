import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { doiUrl, normalizeDoi, normalizeOrcid } from "@/lib/validations/identifiers";

describe("normalizeDoi", () => {
  it("reads the spellings editors paste", () => {
    expect(normalizeDoi("10.1234/ABC.def")).toBe("10.1234/abc.def");
    expect(normalizeDoi(" doi:10.1234/x(1)")).toBe("10.1234/x(1)");
    expect(normalizeDoi("https://doi.org/10.5555/12345678")).toBe("10.5555/12345678");
    expect(normalizeDoi("http://dx.doi.org/10.5555/x")).toBe("10.5555/x");
  });
  it("refuses what is not a DOI, or would break XML, BibTeX or a Link header", () => {
    for (const bad of ["", "10.12/x", "11.1234/x", "10.1234/", "10.1234/a b", "10.1234/a>b", '10.1234/a"b', "10.1234/a}b", "x".repeat(300)]) expect(normalizeDoi(bad)).toBeNull();
  });
  it("keeps any accepted DOI stable and writable (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (suffix) => {
        const doi = normalizeDoi(`10.1234/${suffix}`);
        if (doi === null) return;
        expect(normalizeDoi(doi)).toBe(doi);
        expect(doi).not.toMatch(/[\s<>"{}\\]/);
        expect(() => new URL(doiUrl(doi))).not.toThrow();
      }),
    );
  });
});

describe("normalizeOrcid", () => {
  it("accepts valid iDs, with or without the URL and hyphens", () => {
    expect(normalizeOrcid("0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("https://orcid.org/0000-0001-5109-3700")).toBe("0000-0001-5109-3700");
    expect(normalizeOrcid("000000021694233x")).toBe("0000-0002-1694-233X");
  });
  it("refuses a wrong check digit or shape", () => {
    for (const bad of ["0000-0002-1825-0098", "0000-0002-1825-009", "abcd-0002-1825-0097", ""]) expect(normalizeOrcid(bad)).toBeNull();
  });
  it("catches every single-digit typo (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (at, delta) => {
        const digits = "0000000218250097".split("");
        digits[at] = String((Number(digits[at]) + delta) % 10);
        expect(normalizeOrcid(digits.join(""))).toBeNull();
      }),
    );
  });
});
