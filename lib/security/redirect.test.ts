import { describe, expect, it } from "vitest";
import { safeRedirectPath, sameOriginUrl } from "@/lib/security/redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/analyses/x/pdf", "/analyses/x/pdf"],
    ["/analyses?center=asia&page=2", "/analyses?center=asia&page=2"],
    ["/account#downloads", "/account#downloads"],
    ["/a/../b", "/b"],
  ])("keeps the same-origin path %s", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/.\\/evil.example",
    "///evil.example",
    "https://evil.example",
    "http:evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/\tevil",
    "",
    "/" + "a".repeat(3000),
    undefined,
    ["/a"],
  ])("falls back to / for %j", (input) => {
    expect(safeRedirectPath(input)).toBe("/");
  });
});

describe("safeRedirectPath, for any input", () => {
  it("returns a path of this origin, never a protocol-relative one", async () => {
    const fc = (await import("fast-check")).default;
    const pieces = fc.constantFrom("/", "//", ".", "..", "\\", "%2e", "%2f", "evil.example", "a", "?", "#", "@", ":", "\t");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((p) => p.join(""))), (input) => {
        const out = safeRedirectPath(input);
        expect(out.startsWith("/")).toBe(true);
        expect(out.startsWith("//") || out.startsWith("/\\")).toBe(false);
        expect(new URL(out, "https://folio.example").origin).toBe("https://folio.example");
      }),
      { numRuns: 3000 },
    );
  });
});

describe("sameOriginUrl", () => {
  const SITE = "http://localhost:3100";
  it.each([
    [`${SITE}/library?x=1`, `${SITE}/library?x=1`],
    ["/fr/library", `${SITE}/fr/library`],
    [`${SITE}.evil.example/`, `${SITE}/`],
    ["http://[::1", `${SITE}/`],
    ["javascript:alert(1)", `${SITE}/`],
    ["//evil.example", `${SITE}/`],
  ])("%s → %s", (target, expected) => {
    expect(sameOriginUrl(target, SITE)).toBe(expected);
  });
});
