import { describe, expect, it } from "vitest";
import { parseRange } from "@/lib/downloads/range";

describe("parseRange", () => {
  it.each([
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=100-", { start: 100, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
    ["bytes=990-5000", { start: 990, end: 999 }],
  ])("%s of a 1000-byte file", (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });

  it.each(["bytes=1000-", "bytes=1000-1001", "bytes=50-10", "bytes=-0"])("%s is unsatisfiable", (header) => {
    expect(parseRange(header, 1000)).toBe("unsatisfiable");
  });

  it.each([null, "", "bytes=", "bytes=-", "items=0-1", "bytes=0-1,5-9", "bytes=abc"])("%j means the whole file", (header) => {
    expect(parseRange(header, 1000)).toBeNull();
  });
});
