import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { downloadReturnPath, readReturnIntent, readSignInReturn, savedReturnPath } from "@/lib/accounts/return-to";

describe("return paths after sign-in", () => {
  it("sends a download back to the analysis page, marked", () => {
    expect(downloadReturnPath({ slug: "japan-russia" })).toBe("/analyses/japan-russia#download-ready");
    expect(readReturnIntent("/analyses/japan-russia#download-ready")).toEqual({ kind: "download", slug: "japan-russia" });
    expect(readReturnIntent("/analyses/japan-russia/pdf")).toEqual({ kind: "download", slug: "japan-russia" });
  });

  it("sends a save back to the page it came from, without its old fragment", () => {
    expect(savedReturnPath({ back: "/analyses?topic=energy#list" })).toBe("/analyses?topic=energy#saved-to-library");
    expect(readReturnIntent("/analyses?topic=energy#saved-to-library")).toEqual({ kind: "save", path: "/analyses?topic=energy" });
  });

  it("never builds a path off the site, whatever the page said it was", () => {
    expect(savedReturnPath({ back: "//evil.example/x" })).toBe("/#saved-to-library");
    expect(savedReturnPath({ back: "https://evil.example" })).toBe("/#saved-to-library");
  });

  it("reads anything else as a plain visit", () => {
    expect(readReturnIntent("/analyses/x/pdf/more")).toEqual({ kind: "visit", path: "/analyses/x/pdf/more" });
    expect(readReturnIntent("/centers#download-ready")).toEqual({ kind: "visit", path: "/centers#download-ready" });
    expect(readReturnIntent("/analyses/Not_A_Slug#download-ready").kind).toBe("visit");
  });

  it("gives a same-origin path or a slug for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (input) => {
        const intent = readReturnIntent(input);
        if (intent.kind === "download") expect(intent.slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        else expect(intent.path.startsWith("/") && !intent.path.startsWith("//")).toBe(true);
        const back = savedReturnPath({ back: input });
        expect(back.startsWith("/") && !back.startsWith("//") && back.endsWith("#saved-to-library")).toBe(true);
      }),
    );
  });
});

describe("readSignInReturn", () => {
  it("defaults to the home page of the language read, and carries only a real destination to the other form", () => {
    const fr = readSignInReturn({ requested: undefined, locale: "fr" });
    expect(fr.callbackUrl).toBe("/fr");
    expect(fr.linkTo("/sign-up")).toBe("/sign-up");
    const back = readSignInReturn({ requested: "/fr/library", locale: "fr" });
    expect(back.linkTo("/sign-in")).toBe("/sign-in?callbackUrl=%2Ffr%2Flibrary");
    // A foreign address is not a destination.
    expect(readSignInReturn({ requested: "https://evil.example/", locale: "en" }).callbackUrl).toBe("/");
  });
});
