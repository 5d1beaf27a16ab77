import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/security/redirect";

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
