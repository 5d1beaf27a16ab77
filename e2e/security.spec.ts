import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./support/accounts";

test.describe("open redirects", () => {
  for (const target of ["//evil.example", "https://evil.example", "/\\evil.example", "http:evil.example", "javascript:alert(1)"]) {
    test(`callbackUrl ${target} falls back to /`, async ({ page }) => {
      const email = uniqueEmail("redirect");
      await signUp(page, { email });
      await page.context().clearCookies();
      const origin = new URL(page.url()).origin;
      const res = await page.request.post("/api/account/sign-in", {
        headers: { origin },
        form: { email, password: PASSWORD, callbackUrl: target },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(303);
      expect(res.headers()["location"]).toBe(`${origin}/`);
    });
  }

  test("the sign-in page never carries a foreign callback into its form", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
    await expect(page.locator('input[name="callbackUrl"]').first()).toHaveValue("/");
  });
});

test("a cross-site form post is refused", async ({ request }) => {
  const res = await request.post("/api/account/sign-in", {
    headers: { origin: "https://evil.example" },
    form: { email: "a@example.test", password: "whatever password" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
});

test("sign-in is rate limited per email, answers 429 with Retry-After, then releases", async ({ request, baseURL, playwright }) => {
  const email = uniqueEmail("limited");
  const attempt = () =>
    request.post("/api/account/sign-in", { headers: { origin: baseURL! }, form: { email, password: "wrong password here" }, maxRedirects: 0 });
  // The suite runs with 5 attempts per email per 5-second window.
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(303);
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(5);
  expect(await limited.text()).toContain("Too many attempts");
  // Auth.js's own endpoint shares the limit.
  const direct = await request.post("/api/auth/callback/credentials", { headers: { origin: baseURL! }, form: { email, password: "x" }, maxRedirects: 0 });
  expect(direct.status()).toBe(429);

  await new Promise((r) => setTimeout(r, (retryAfter + 1) * 1000));
  // A new context: the old one's kept-alive socket has timed out on the server meanwhile.
  const fresh = await playwright.request.newContext({ baseURL });
  const released = await fresh.post("/api/account/sign-in", { headers: { origin: baseURL! }, form: { email, password: "wrong password here" }, maxRedirects: 0 });
  expect(released.status()).toBe(303);
  await fresh.dispose();
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("cookie") });
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});
