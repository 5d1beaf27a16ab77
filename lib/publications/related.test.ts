import { describe, expect, it } from "vitest";
import { rankRelated } from "@/lib/publications/queries";

const c = (id: string, centerId: string, topics: string[], regions: string[]) => ({
  id,
  centerId,
  topics: topics.map((t) => ({ id: t })),
  regions: regions.map((r) => ({ id: r })),
});

describe("rankRelated", () => {
  const target = { topicIds: ["diplomacy", "energy"], regionIds: ["japan", "russia"], centerId: "asia" };

  it("ranks by shared topics and regions, then same centre, then the given (newest-first) order", () => {
    const ranked = rankRelated(
      [
        c("same-centre-only", "asia", [], []),
        c("one-shared", "eurasia", ["energy"], []),
        c("three-shared", "eurasia", ["diplomacy"], ["japan", "russia"]),
        c("one-shared-same-centre", "asia", [], ["japan"]),
        c("one-shared-older", "eurasia", [], ["russia"]),
      ],
      target,
    );
    expect(ranked).toEqual(["three-shared", "one-shared-same-centre", "one-shared", "one-shared-older", "same-centre-only"]);
  });
});
