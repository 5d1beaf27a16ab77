import { expect, test } from "@playwright/test";
import { DRAFT } from "./helpers";

const missing = [
  "/analyses/no-such-analysis",
  `/analyses/${DRAFT}`,
  `/analyses/${DRAFT}/download`,
  "/analyses/..%2F..%2Fetc%2Fpasswd",
  "/analyses/%2e%2e%2fpackage.json",
  "/analyses/" + "a".repeat(5000),
  "/authors/nobody",
  "/authors/NOT_A_SLUG",
  "/centers/atlantis",
  "/centers/asia/no-programme",
  "/centers/eurasia/japan-korea",
  "/no/such/page",
];

for (const path of missing) {
  test(`${path.slice(0, 60)} is a 404 page in the site's design`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse all analyses" })).toBeVisible();
  });
}

test("drafts never appear in listings or on author pages", async ({ request }) => {
  for (const path of ["/", "/analyses?author=kenji-arakawa", "/authors/kenji-arakawa", "/centers/asia", "/centers/asia/japan-korea"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain("Unreleased Draft");
  }
});
