import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { FLAGSHIP } from "./helpers";
import { signUp, uniqueEmail } from "./support/accounts";

// How the site reads on a phone and on a desktop: what comes first, what moves, what is marked.

const PHONE = { width: 390, height: 844 };

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  for (const path of ["/search?q=russia", "/analyses"]) {
    test(`${path}: the first result is in the first screen, the filters fold behind a toggle`, async ({ page }) => {
      await page.goto(path);
      const first = page.getByRole("article").first().getByRole("heading").first();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(PHONE.height);
      const fold = page.locator("details.fold").first();
      await expect(fold).not.toHaveAttribute("open");
      await fold.locator("summary").click();
      await expect(fold).toHaveAttribute("open");
    });
  }

  test("filtering from the folded form works, without JavaScript, and leaves a short address", async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/analyses");
    await page.getByText("Filters", { exact: true }).click();
    await page.getByLabel("Centre").selectOption("asia");
    await page.getByRole("button", { name: "Apply filters" }).click();
    // The form sends every select; the address keeps the one that was chosen.
    await expect(page).toHaveURL(/\/analyses\?center=asia$/);
    await expect(page.getByText("Filters (1 on)")).toBeVisible();
    // With a centre chosen, the programme list holds that centre's programmes only.
    await page.getByText("Filters (1 on)").click();
    const programmes = await page.getByLabel("Programme").locator("option").allTextContents();
    expect(programmes).toContain("Japan and the Korean Peninsula");
    expect(programmes).not.toContain("European Defence");
    await context.close();
  });
});

test("an address full of empty filters is shortened by a redirect", async ({ request }) => {
  const res = await request.get("/analyses?center=&program=&topic=energy&year=", { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(new URL(res.headers()["location"]).pathname + new URL(res.headers()["location"]).search).toBe("/analyses?topic=energy");
});

test("on a desktop the filters are simply there", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/analyses");
  await expect(page.getByLabel("Centre")).toBeVisible();
  await expect(page.locator("details.fold > summary")).toBeHidden();
});

/** The page's cumulative layout shift, as the browser measured it, after the per-user parts arrived. */
async function layoutShift(page: Page, path: string): Promise<number> {
  const me = page.waitForResponse((r) => r.url().includes("/api/me"));
  await page.goto(path);
  await me;
  // The answer is applied as soon as it arrives (React renders an external store's change at
  // once); two animation frames later the browser has drawn it, and measured any shift.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) total += entry.value;
          resolve(total);
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
}

for (const width of [390, 1280]) {
  test(`at ${width} px the header does not move when the page learns who is signed in`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    expect(await layoutShift(page, `/analyses/${FLAGSHIP}`)).toBeLessThan(0.1);
    await signUp(page, { email: uniqueEmail("cls"), name: "A Reader With Rather A Long Name Indeed" });
    expect(await layoutShift(page, `/analyses/${FLAGSHIP}`)).toBeLessThan(0.1);
    await expect(page.getByRole("banner").locator("summary")).toBeVisible();
  });
}

test("the account menu closes with Escape and with a click outside", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("menu"), name: "Menu Reader" });
  await page.goto("/");
  const menu = page.getByRole("banner").locator("details");
  const button = menu.locator("summary");
  await button.click();
  await expect(menu).toHaveAttribute("open");
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(button).toBeFocused();
  await button.click();
  await page.getByRole("heading", { level: 1 }).first().click();
  await expect(menu).not.toHaveAttribute("open");
});

test("the current section is marked in the main menu", async ({ page }) => {
  for (const [path, current] of [["/analyses", "Analyses"], [`/analyses/${FLAGSHIP}`, "Analyses"], ["/centers/asia", "Research centres"], ["/authors", "Researchers"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]')).toHaveText(current);
  }
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]')).toHaveCount(0);
});

test("the site has a favicon", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  expect((await ico.body()).subarray(0, 4).equals(Buffer.from([0, 0, 1, 0]))).toBe(true);
});

for (const path of ["/analyses", "/search?q=russia"]) {
  test(`${path}: no contrast issue, even among axe's "needs review"`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(" "))).flat()).toEqual([]);
    expect(results.incomplete.map((v) => v.nodes.map((n) => n.target.join(" "))).flat()).toEqual([]);
  });
}
