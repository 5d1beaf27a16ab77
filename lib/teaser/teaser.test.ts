import { describe, expect, it } from "vitest";
import { makeTeaser, markdownToText } from "@/lib/teaser";

describe("makeTeaser", () => {
  it("takes the first two sentences when they fit", () => {
    expect(makeTeaser("First *point* here. Second [one](http://x.test) too! Third is left out.")).toBe("First point here. Second one too!");
  });

  it("keeps one sentence when two would be too long", () => {
    const long = "A".repeat(200);
    expect(makeTeaser(`Short one. ${long}.`, 100)).toBe("Short one.");
  });

  it("cuts an overlong sentence at a word with an ellipsis", () => {
    const t = makeTeaser(`${"word ".repeat(100)}end.`, 50);
    expect(t.length).toBeLessThanOrEqual(50);
    expect(t.endsWith("…")).toBe(true);
    expect(t).not.toMatch(/wor…$/);
  });

  it("strips Markdown structure and raw HTML", () => {
    expect(markdownToText("## Title\n\n- item <b>bold</b>\n> quote")).toBe("Title item bold quote");
  });
});
