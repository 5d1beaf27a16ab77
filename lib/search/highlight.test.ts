import { describe, expect, it } from "vitest";
import { highlight } from "@/lib/search/highlight";
import { parseSearchQuery } from "@/lib/search/query";

const terms = (q: string) => {
  const r = parseSearchQuery(q);
  if (!r.ok) throw new Error(r.reason);
  return r.terms;
};

describe("highlight", () => {
  it("marks matches accent-insensitively, keeping the original letters", () => {
    const segs = highlight("La sécurité énergétique de l'Europe.", terms("securite "));
    expect(segs).toEqual([
      { text: "La ", hit: false },
      { text: "sécurité", hit: true },
      { text: " énergétique de l'Europe.", hit: false },
    ]);
  });

  it("marks a typed prefix and every word of a phrase", () => {
    const segs = highlight("Energy security and energetic debates", terms('"energy security" energ'));
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(["Energy", "security", "energetic"]);
  });

  it("keeps markup-like text as text", () => {
    const segs = highlight("<b>Japan</b> & Russia", terms("japan "));
    expect(segs.map((s) => s.text).join("")).toBe("<b>Japan</b> & Russia");
    expect(segs.find((s) => s.hit)?.text).toBe("Japan");
  });

  it("cuts a window around the first match with ellipses", () => {
    const long = `${"word ".repeat(100)}target ${"word ".repeat(100)}`;
    const segs = highlight(long, terms("target "), { radius: 40 });
    expect(segs[0]).toEqual({ text: "…", hit: false });
    expect(segs.at(-1)).toEqual({ text: "…", hit: false });
    expect(segs.some((s) => s.hit && s.text === "target")).toBe(true);
  });
});
