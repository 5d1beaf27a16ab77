import { describe, expect, it } from "vitest";
import { buildPublicationWhere } from "@/lib/publications/filters";

describe("buildPublicationWhere", () => {
  it("shows only published publications when no filter is set", () => {
    expect(buildPublicationWhere({})).toEqual({ status: "PUBLISHED" });
  });

  it("combines every filter with AND semantics", () => {
    expect(
      buildPublicationWhere({ center: "asia", program: "japan", topic: "energy", region: "russia", author: "jane-roe", type: "policy-brief", language: "fr", year: 2017 }),
    ).toEqual({
      status: "PUBLISHED",
      center: { slug: "asia" },
      programs: { some: { slug: "japan" } },
      topics: { some: { slug: "energy" } },
      regions: { some: { slug: "russia" } },
      authors: { some: { author: { slug: "jane-roe" } } },
      type: "POLICY_BRIEF",
      language: "fr",
      publishedAt: { gte: new Date("2017-01-01T00:00:00Z"), lt: new Date("2018-01-01T00:00:00Z") },
    });
  });
});
