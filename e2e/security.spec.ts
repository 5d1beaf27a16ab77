import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./support/accounts";
import { waitForLink } from "./support/mailbox";

test.describe("open redirects", () => {
  for (const target of ["//evil.example", "https://evil.example", "/\\evil.example", "http:evil.example", "javascript:alert(1)", "/.//evil.example", "/..//evil.example"]) {
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
  // Auth.js's own endpoints are closed: there is no way around the forms' limits.
  const direct = await request.post("/api/auth/callback/credentials", { headers: { origin: baseURL! }, form: { email, password: "x" }, maxRedirects: 0 });
  expect(direct.status()).toBe(404);

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

test.describe("forged hosts and forwarded headers", () => {
  test("a sign-in link always points at SITE_URL, whatever Host or X-Forwarded-Host say", async ({ request, baseURL }) => {
    const email = uniqueEmail("forged-host");
    const res = await request.post("/api/account/magic-link", {
      headers: { origin: baseURL!, host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      form: { email },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe(`${baseURL}/sign-in/check-email`);
    const link = await waitForLink(email);
    expect(new URL(link).origin).toBe(baseURL);
  });

  test("a forged Origin does not pass with a matching X-Forwarded-Host", async ({ request }) => {
    const res = await request.post("/api/account/magic-link", {
      headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example", host: "evil.example" },
      form: { email: uniqueEmail("forged-origin") },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
  });

  test("rotating X-Forwarded-For does not buy more attempts: the socket's address is counted", async ({ request, baseURL }) => {
    // The suite allows 10,000 per address, so count per email instead: rotation changes nothing there either.
    const email = uniqueEmail("rotating");
    const attempt = (i: number) =>
      request.post("/api/account/sign-in", { headers: { origin: baseURL!, "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` }, form: { email: i % 2 ? email.toUpperCase() : ` ${email}`, password: "wrong password here" }, maxRedirects: 0 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await attempt(i)).status());
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  test("Auth.js endpoints the forms do not need are closed, whatever the body's encoding", async ({ request, baseURL }) => {
    for (const path of ["/api/auth/callback/credentials", "/api/auth/signin/nodemailer", "/api/auth/signout", "/api/auth/session"]) {
      const json = await request.post(path, { headers: { origin: baseURL!, "content-type": "application/json" }, data: { email: "victim@example.test", password: "guess", csrfToken: "x" }, maxRedirects: 0 });
      expect(json.status(), path).toBe(404);
      const form = await request.post(path, { headers: { origin: baseURL! }, form: { email: "victim@example.test" }, maxRedirects: 0 });
      expect(form.status(), path).toBe(404);
    }
    for (const path of ["/api/auth/csrf", "/api/auth/providers", "/api/auth/session", "/api/auth/signin"]) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  });

  test("a huge body to Auth.js is refused before it is read", async ({ request, baseURL }) => {
    const res = await request.post("/api/auth/callback/credentials", { headers: { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" }, data: "email=a%40b.c&password=" + "x".repeat(5 * 1024 * 1024), maxRedirects: 0 });
    expect(res.status()).toBe(404);
  });
});

test("server actions posted from another origin get a 403, not a 500", async ({ request }) => {
  for (const origin of ["https://evil.example", "null", "not a url"]) {
    const res = await request.post("/analyses", { headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, data: "[]", maxRedirects: 0 });
    expect(res.status(), origin).toBe(403);
  }
  const none = await request.post("/analyses", { headers: { "next-action": "0".repeat(40) }, data: "[]", maxRedirects: 0 });
  expect(none.status()).toBe(403);
});
