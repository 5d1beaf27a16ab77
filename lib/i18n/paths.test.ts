import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localePath, pathInEveryLocale, publicationPath, publicPathOf, splitLocalePath } from "@/lib/i18n/paths";
import { LOCALES } from "@/lib/i18n/locales";

// A site path: "/" or segments of letters, digits and hyphens, like every Folio address.
const sitePath = fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }).map((parts) => `/${parts.join("/")}`);

describe("locale paths", () => {
  it("keep English unprefixed and put French under /fr", () => {
    expect(localePath("en", "/analyses")).toBe("/analyses");
    expect(localePath("fr", "/analyses")).toBe("/fr/analyses");
    expect(localePath("fr", "/")).toBe("/fr");
    expect(localePath("fr", "/sign-in?callbackUrl=%2F")).toBe("/fr/sign-in?callbackUrl=%2F");
    expect(pathInEveryLocale("/authors")).toEqual([{ locale: "en", path: "/authors" }, { locale: "fr", path: "/fr/authors" }]);
  });

  it("read back the locale and path of any address they build, public or internal", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), sitePath, (locale, path) => {
        // A path whose first segment is itself a locale is not a page of another one.
        fc.pre(!LOCALES.some((l) => path === `/${l}` || path.startsWith(`/${l}/`)));
        expect(splitLocalePath(localePath(locale, path))).toEqual({ locale, path });
        expect(splitLocalePath(`/${locale}${path === "/" ? "" : path}`)).toEqual({ locale, path });
      }),
    );
  });

  it("do not take a two-letter word for a locale", () => {
    expect(splitLocalePath("/de/analyses")).toEqual({ locale: "en", path: "/de/analyses" });
    expect(splitLocalePath("/french")).toEqual({ locale: "en", path: "/french" });
  });

  it("give the public page of a cached listing or search, and a publication's own-language address", () => {
    expect(publicPathOf("/fr/q/analyses/abc")).toBe("/analyses");
    expect(publicPathOf("/en/q/search/abc")).toBe("/search");
    expect(publicPathOf("/en/centers/x")).toBe("/centers/x");
    expect(publicationPath({ slug: "le-texte", language: "fr" })).toBe("/fr/analyses/le-texte");
    expect(publicationPath({ slug: "der-text", language: "de" })).toBe("/analyses/der-text");
  });
});
