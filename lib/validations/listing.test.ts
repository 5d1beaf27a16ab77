import { describe, expect, it } from "vitest";
import { listingHref, parseListingQuery, withoutFilter } from "@/lib/validations/listing";

describe("parseListingQuery", () => {
  it("reads every filter and the page", () => {
    const q = parseListingQuery({ center: "asia", program: "japan-korea", topic: "diplomacy", region: "japan", author: "jane-roe", type: "policy-brief", language: "fr", year: "2017", page: "3" });
    expect(q).toEqual({
      filters: { center: "asia", program: "japan-korea", topic: "diplomacy", region: "japan", author: "jane-roe", type: "policy-brief", language: "fr", year: 2017 },
      page: 3,
    });
  });

  it.each([["-1"], ["0"], ["abc"], ["1.5"], ["1e3"], ["999999999"], [""]])("falls back to page 1 for page=%j", (page) => {
    expect(parseListingQuery({ page }).page).toBe(1);
  });

  it("keeps the first of repeated parameters", () => {
    expect(parseListingQuery({ center: ["asia", "eurasia"], page: ["2", "5"] })).toEqual({ filters: { center: "asia" }, page: 2 });
  });

  it("drops malformed and oversized values instead of failing", () => {
    const q = parseListingQuery({ center: "x".repeat(10_000), topic: "<script>", type: "novel", language: "english", year: "17", region: "Japan" });
    expect(q.filters).toEqual({});
  });

  it("accepts URLSearchParams", () => {
    expect(parseListingQuery(new URLSearchParams("type=report&year=2023&year=2024"))).toEqual({ filters: { type: "report", year: 2023 }, page: 1 });
  });
});

describe("listingHref", () => {
  it("writes filters in a fixed order and omits page 1", () => {
    expect(listingHref({ year: 2020, center: "asia" })).toBe("/analyses?center=asia&year=2020");
    expect(listingHref({ center: "asia" }, 1)).toBe("/analyses?center=asia");
    expect(listingHref({}, 4)).toBe("/analyses?page=4");
    expect(listingHref({})).toBe("/analyses");
  });

  it("round-trips through the parser", () => {
    const filters = { center: "asia", topic: "energy", type: "book-chapter" as const, year: 2019 };
    expect(parseListingQuery(new URLSearchParams(listingHref(filters, 7).split("?")[1]))).toEqual({ filters, page: 7 });
  });

  it("removes one filter and keeps the others", () => {
    expect(listingHref(withoutFilter({ center: "asia", topic: "energy" }, "center"))).toBe("/analyses?topic=energy");
  });
});
