import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatUtcTime } from "@/lib/format";

describe("formatDate", () => {
  it("writes dates the British way in English and the French way in French, the first as 1er", () => {
    expect(formatDate(new Date("2026-03-01T00:00:00Z"), "en")).toBe("1 March 2026");
    expect(formatDate(new Date("2026-03-01T23:59:59Z"), "fr")).toBe("1er mars 2026");
    expect(formatDate(new Date("2026-03-02T00:00:00Z"), "fr")).toBe("2 mars 2026");
    expect(formatDate(new Date("2026-12-31T00:00:00Z"), "fr")).toBe("31 décembre 2026");
  });

  it("gives every day of any year its number, and only the first an ordinal", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const fr = formatDate(d, "fr");
        const day = d.getUTCDate();
        expect(fr.startsWith(day === 1 ? "1er " : `${day} `)).toBe(true);
        expect(fr.endsWith(String(d.getUTCFullYear()))).toBe(true);
        expect(formatDate(d, "en").startsWith(`${day} `)).toBe(true);
      }),
    );
  });
});

describe("formatUtcTime", () => {
  it("gives a moment in UTC, to the minute or the second, in each language", () => {
    const d = new Date("2026-12-03T14:05:09Z");
    expect(formatUtcTime(d, "en")).toBe("3 Dec 2026, 14:05");
    expect(formatUtcTime(d, "en", "seconds")).toBe("3 Dec 2026, 14:05:09");
    expect(formatUtcTime(d, "fr")).toMatch(/^3 déc\. 2026,? 14:05$/);
  });
});
