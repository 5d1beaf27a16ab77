import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { correctTerms, correctWord, editDistance, foldWord } from "@/lib/search/spelling";

const words = new Map([
  ["russia", 40],
  ["russian", 12],
  ["energy", 30],
  ["japan", 20],
  ["nuclear", 8],
  ["china", 25],
  ["chinese", 3],
]);

describe("spelling", () => {
  it("measures edits, and gives up past the bound", () => {
    expect(editDistance("rusia", "russia", 2)).toBe(1);
    expect(editDistance("nucelar", "nuclear", 2)).toBe(2);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("corrects to the nearest known word, the most frequent on a tie", () => {
    expect(correctWord("rusia", words)).toBe("russia");
    expect(correctWord("Énergie", words)).toBe("energy");
    expect(correctWord("nucelar", words)).toBe("nuclear");
    expect(correctWord("chinas", words)).toBe("china");
  });

  it("leaves known, short, numeric and far-off words alone", () => {
    expect(correctWord("Russia", words)).toBeNull();
    expect(correctWord("ru", words)).toBeNull();
    expect(correctWord("2024", words)).toBeNull();
    expect(correctWord("zzzzzz", words)).toBeNull();
    // Short words get one edit, not two.
    expect(correctWord("jpn", words)).toBeNull();
  });

  it("rewrites a query, phrases included, or says there is nothing to rewrite", () => {
    expect(correctTerms([{ kind: "word", text: "rusia", prefix: false }, { kind: "word", text: "energy", prefix: false }], words)).toBe("russia energy");
    expect(correctTerms([{ kind: "phrase", words: ["nucelar", "japan"] }], words)).toBe('"nuclear japan"');
    expect(correctTerms([{ kind: "word", text: "japan", prefix: false }], words)).toBeNull();
  });

  it("is a distance: symmetric, zero only for equal words, never above the bound it reports", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const d = editDistance(a, b, max);
        expect(d).toBe(editDistance(b, a, max));
        expect(d <= max + 1).toBe(true);
        expect(d === 0).toBe(a === b);
      }),
    );
  });

  it("only ever suggests a word it knows, within two edits of the folded input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 15 }), (input) => {
        const c = correctWord(input, words);
        if (c !== null) {
          expect(words.has(c)).toBe(true);
          expect(editDistance(foldWord(input), c, 2)).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});
