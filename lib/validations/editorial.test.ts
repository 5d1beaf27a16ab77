import { describe, expect, it } from "vitest";
import { instantFromLocal, publicationFormSchema, PUBLICATION_LIST_FIELDS } from "@/lib/validations/editorial";
import { fieldErrors, formObject } from "@/lib/validations/form";
import { isMessageCode } from "@/lib/messages/catalog";

const ID = "cmwy7dhnp0005p17dqlomvd2x";

function form(entries: Array<[string, string]>) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return formObject(f, PUBLICATION_LIST_FIELDS);
}

describe("publicationFormSchema", () => {
  const valid: Array<[string, string]> = [
    ["title", " A title "], ["slug", "a-title"], ["type", "policy-brief"], ["language", "fr"], ["publishedAt", "2024-02-29"],
    ["series", ""], ["seriesNumber", ""], ["summary", "Text."], ["centerId", ID], ["authorIds", ID], ["authorIds", "cmwy7dhng0002p17djiuiwxlz"], ["authorIds", ID],
  ];

  it("reads a form: trims, keeps author order without repeats, empties become null", () => {
    const r = publicationFormSchema.parse(form(valid));
    expect(r.title).toBe("A title");
    expect(r.authorIds).toEqual([ID, "cmwy7dhng0002p17djiuiwxlz"]);
    expect(r.series).toBeNull();
    expect(r.seriesNumber).toBeNull();
    expect(r.publishedAt.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(r.featured).toBe(false);
    expect(r.version).toBeUndefined();
  });

  it("names each bad field once, by a code the catalogues say in words", () => {
    const r = publicationFormSchema.safeParse(form([["title", ""], ["slug", "Not A Slug"], ["publishedAt", "2023-02-29"], ["centerId", ""], ["seriesNumber", "-3"]]));
    expect(r.success).toBe(false);
    const errors = fieldErrors(r.error!);
    expect(errors.title).toBe("field.required");
    expect(errors.slug).toBe("field.slugInvalid");
    expect(errors.publishedAt).toBe("field.dateInvalid");
    expect(errors.centerId).toBe("field.chooseCentre");
    expect(errors.authorIds).toBe("field.addAuthor");
    expect(errors.seriesNumber).toBe("field.wholeNumber");
    // Every code a schema may give has its words in the catalogue.
    for (const field of ["title", "slug", "publishedAt", "centerId", "authorIds", "seriesNumber"]) expect(isMessageCode(errors[field]), field).toBe(true);
  });

  it("refuses ids that are not record ids, such as SQL fragments", () => {
    const r = publicationFormSchema.safeParse(form([...valid, ["topicIds", "1' OR '1'='1"]]));
    expect(fieldErrors(r.error!).topicIds).toBe("field.unknownItem");
  });
});

describe("instantFromLocal", () => {
  it("applies the browser's offset (getTimezoneOffset is minutes behind UTC)", () => {
    expect(instantFromLocal("2026-06-01T18:00", -120)?.toISOString()).toBe("2026-06-01T16:00:00.000Z");
    expect(instantFromLocal("2026-06-01T18:00:30", 300)?.toISOString()).toBe("2026-06-01T23:00:30.000Z");
    expect(instantFromLocal("2026-06-01T18:00", 0)?.toISOString()).toBe("2026-06-01T18:00:00.000Z");
  });
  it("returns null for nonsense", () => {
    expect(instantFromLocal("2026-13-45T99:99", 0)).toBeNull();
  });
});
