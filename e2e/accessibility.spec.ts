import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { FLAGSHIP } from "./helpers";

for (const path of ["/", "/analyses", "/analyses?center=asia&type=analysis", `/analyses/${FLAGSHIP}`, "/authors/kenji-arakawa", "/centers/asia", "/centers/asia/japan-korea", "/privacy", "/no-such-page"]) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}
