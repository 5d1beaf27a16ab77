// The hostile-input suite: every probe of the outside review (issue 13) and the classic ones,
// replayed against the running server on the suite's database (SQLite, then PostgreSQL in CI).
// Each response must be an answer, never a server error. The count of requests is printed.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { demoPublication, DRAFT, FLAGSHIP } from "./helpers";
import { clickAndSettle, signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db";

let sent = 0;
let failures: string[] = [];

// Each test owns the server errors of its own probes; the count covers every test of the worker.
test.beforeEach(() => {
  failures = [];
});
test.afterEach(() => {
  expect(failures, "probes that got a server error").toEqual([]);
});

/** Sends one probe; records any 5xx (and anything that is not a response). */
async function probe(label: string, send: () => Promise<APIResponse>): Promise<APIResponse | null> {
  sent++;
  try {
    const res = await send();
    if (res.status() >= 500) failures.push(`${res.status()} ${label}`);
    return res;
  } catch (e) {
    failures.push(`no answer: ${label}: ${(e as Error).message.split("\n")[0]}`);
    return null;
  }
}

const get = (r: APIRequestContext, path: string, headers: Record<string, string> = {}) => probe(`GET ${path} ${JSON.stringify(headers)}`, () => r.get(path, { headers, maxRedirects: 0 }));

test.afterAll(() => {
  console.log(`hostile suite: ${sent} requests sent by this worker`);
});

const PDF_PATHS = [
  `/analyses/${FLAGSHIP}/pdf`,
  "/analyses/..%2f..%2f..%2fetc%2fpasswd/pdf",
  "/analyses/%2e%2e%2f%2e%2e%2fpackage.json/pdf",
  "/analyses/..%252f..%252fetc%252fpasswd/pdf",
  "/analyses/%c0%ae%c0%ae%2fetc/pdf",
  "/analyses/%00/pdf",
  "/analyses/a%00b/pdf",
  "/analyses/%ff%fe/pdf",
  `/analyses/${DRAFT}/pdf`,
  `/analyses/${"a".repeat(3000)}/pdf`,
  "/api/pdf/..%2f..%2fetc%2fpasswd",
  "/api/pdf/%2e%2e",
];

const QUERIES = ["⑴", "a⑴b", "⑽", "⒇", "ʼ", "ŉ", "ː", "NEAR(a b)", '"', '""', "*", "title:japan", "a OR b NOT c", "a & b | !c <-> d:*", "'; DROP TABLE \"User\"; --", "%00", "\u0000", "x".repeat(201), "🙂".repeat(60), "\ud83d"];

const SLUG_PAGES = ["/analyses/", "/authors/", "/centers/", "/centers/asia-pacific/", "/feeds/authors/", "/feeds/topics/", "/analyses/" + FLAGSHIP + "/cite/"];
const BAD_SEGMENTS = ["%ff", "%00", "..%2f..", "%2e%2e", "a%0d%0aSet-Cookie:x=1", "<script>", "x".repeat(400), "%c0%ae", "UPPER", "-", "a--b", "%e2%91%b4"];

test("PDF route: traversal and encodings, signed out and signed in", async ({ request, page }) => {
  for (const path of PDF_PATHS) {
    const res = await get(request, path);
    // Never the file without a session.
    if (res) expect(res.status(), path).not.toBe(200);
    await get(request, path, { range: "bytes=0-10,20-30" });
    await get(request, path, { range: "bytes=-0" });
    await get(request, path, { range: "bytes=99999999999999999999-" });
  }
  await signUp(page, { email: uniqueEmail("hostile-pdf") });
  for (const path of PDF_PATHS) {
    const res = await get(page.request, path);
    // Never a file: a 404, or Next's own 400 or 308 for a path it will not route.
    if (res && path !== PDF_PATHS[0]) expect([400, 404, 308], path).toContain(res.status());
    await get(page.request, path, { range: "bytes=abc" });
    await get(page.request, path, { "if-range": 'W/"x" \u00ff garbage', range: "bytes=0-1" });
  }
  for (const url of [`/analyses/${FLAGSHIP}/pdf`, "/api/pdf/x", "https://evil.example/a.png", "/"]) {
    const res = await get(request, `/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`);
    if (res) expect(res.status()).toBeLessThan(500);
  }
});

test("slugs and query strings: invalid UTF-8, NUL, CR/LF, FTS operators, huge values", async ({ request }) => {
  for (const base of SLUG_PAGES) for (const seg of BAD_SEGMENTS) await get(request, `${base}${seg}`);
  for (const q of QUERIES) {
    const qs = encodeURIComponent(q.toWellFormed());
    await get(request, `/search?q=${qs}`);
    await get(request, `/search?q=${qs}&sort=date&center=${qs}`);
    await get(request, `/api/search/suggest?q=${qs}`);
    await get(request, `/analyses?topic=${qs}&page=${qs}`);
  }
  for (const raw of ["q=%ff%fe", "q=%00", "q=%", "q=%zz", "page=-1", "page=1e9", "page=99999999999999999999", "after=%ff", "after=AAAA", "center=a&center=b&center=c", "q[]=x", "__proto__=x", "constructor=x"]) {
    await get(request, `/search?${raw}`);
    await get(request, `/analyses?${raw}`);
    await get(request, `/api/search/suggest?${raw}`);
    await get(request, `/library?${raw}`);
  }
});

test("random query strings and paths (property-based)", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("/search?q=", "/analyses?topic=", "/api/search/suggest?q=", "/authors/", "/analyses/"), async (value, base) => {
      const res = await get(request, `${base}${encodeURIComponent(value.toWellFormed())}`);
      expect(res === null || res.status() < 500).toBe(true);
    }),
    { numRuns: 150 },
  );
});

test("forwarded headers, malformed or forged, on every route that reads the session", async ({ request }) => {
  const forged: Array<Record<string, string>> = [{ "x-forwarded-host": "a b" }, { "x-forwarded-proto": "gopher" }, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }, { host: "evil.example" }, { "x-forwarded-for": "not an address" }, { forwarded: "for=\"[::1" }];
  for (const headers of forged) {
    for (const path of ["/api/me", "/account", "/library", `/analyses/${FLAGSHIP}/pdf`, "/api/library/export?format=csv", "/admin", "/api/auth/callback/nodemailer?token=x&email=a%40b.c"]) {
      await get(request, path, headers);
    }
    await probe(`POST sign-in ${JSON.stringify(headers)}`, () => request.post("/api/account/sign-in", { headers: { origin: "http://evil.example", ...headers }, form: { email: "a@b.c", password: "x" }, maxRedirects: 0 }));
  }
});

test("bodies: oversized, wrong encodings, and methods no route takes", async ({ request, baseURL }) => {
  const origin = { origin: baseURL! };
  const posts = ["/api/account/sign-in", "/api/account/sign-up", "/api/account/magic-link", "/api/account/forgot-password", "/api/account/reset-password", "/api/account/confirm-email", "/api/account/sign-out", "/api/library/note", "/api/library/remove", "/api/admin/publications", "/api/auth/callback/credentials", "/api/cron/publish-scheduled", "/api/me"];
  const big = "x".repeat(200 * 1024);
  for (const path of posts) {
    const over = await probe(`POST ${path} 200 KB`, () => request.post(path, { headers: origin, form: { email: "a@b.c", password: big, note: big }, maxRedirects: 0 }));
    if (over && path.startsWith("/api/account")) expect(over.status(), path).toBe(413);
    await probe(`POST ${path} json`, () => request.post(path, { headers: { ...origin, "content-type": "application/json" }, data: '{"email":"a@b.c","password":"x"', maxRedirects: 0 }));
    await probe(`POST ${path} bad utf-8`, () => request.post(path, { headers: { ...origin, "content-type": "application/x-www-form-urlencoded" }, data: Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe, 0x00, 0x26, 0x25]), maxRedirects: 0 }));
    await probe(`POST ${path} NUL`, () => request.post(path, { headers: origin, form: { email: "a\u0000@b.c", password: "\u0000", name: "\u0000", token: "\u0000" }, maxRedirects: 0 }));
    await probe(`POST ${path} multipart garbage`, () => request.post(path, { headers: { ...origin, "content-type": "multipart/form-data; boundary=zz" }, data: "--zz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n", maxRedirects: 0 }));
    await probe(`POST ${path} lying length`, () => request.post(path, { headers: { ...origin, "content-type": "application/x-www-form-urlencoded", "content-length": "999999999" }, data: "email=a", maxRedirects: 0 }).catch(() => request.get("/")));
    for (const method of ["PUT", "DELETE", "PATCH"]) await probe(`${method} ${path}`, () => request.fetch(path, { method, headers: origin, maxRedirects: 0 }));
  }
});

test("forged posts across users and roles", async ({ page, browser, baseURL }) => {
  const origin = { origin: baseURL! };
  // Reader B owns a bookmark; reader A tries to touch it.
  const other = await browser.newPage();
  const ownerEmail = uniqueEmail("hostile-owner");
  await signUp(other, { email: ownerEmail });
  const [pub] = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "slug" = $1`, [FLAGSHIP]);
  const [owner] = await query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [ownerEmail]);
  await other.goto(`/analyses/${FLAGSHIP}`);
  await clickAndSettle(other, other.getByRole("button", { name: `Save: ${demoPublication(FLAGSHIP).title}` }).first());
  const [bookmark] = await query<{ id: string }>(`SELECT "id" FROM "Bookmark" WHERE "userId" = $1`, [owner.id]);
  await other.close();

  await signUp(page, { email: uniqueEmail("hostile-reader") });
  const note = await probe("note on another's bookmark", () => page.request.post("/api/library/note", { headers: origin, form: { bookmarkId: bookmark.id, note: "mine now" }, maxRedirects: 0 }));
  expect(note?.status()).toBe(404);
  const remove = await probe("remove another's bookmark", () => page.request.post("/api/library/remove", { headers: origin, form: { id: bookmark.id }, maxRedirects: 0 }));
  expect(remove?.status()).toBe(404);
  expect((await query(`SELECT "note" FROM "Bookmark" WHERE "id" = $1`, [bookmark.id])).length).toBe(1);

  const adminPosts = [
    "/api/admin/publications",
    `/api/admin/publications/${pub.id}`,
    `/api/admin/publications/${pub.id}/status`,
    `/api/admin/publications/${pub.id}/delete`,
    `/api/admin/publications/${pub.id}/pdf`,
    "/api/admin/authors",
    `/api/admin/authors/${pub.id}/delete`,
    "/api/admin/topics/merge",
    `/api/admin/users/${owner.id}`,
    "/api/admin/markdown-preview",
  ];
  for (const path of adminPosts) {
    const res = await probe(`reader POST ${path}`, () => page.request.post(path, { headers: origin, form: { intent: "unpublish", role: "ADMIN", confirm: "delete", source: "x" }, maxRedirects: 0 }));
    expect(res?.status(), path).toBe(403);
    const signedOut = await probe(`anonymous POST ${path}`, () => page.context().request.post(path, { headers: { ...origin, cookie: "" }, form: { intent: "unpublish" }, maxRedirects: 0 }));
    expect(signedOut?.status()).toBeGreaterThanOrEqual(300);
  }
  expect((await query<{ status: string }>(`SELECT "status" FROM "Publication" WHERE "id" = $1`, [pub.id]))[0].status).toBe("PUBLISHED");
  expect((await query<{ role: string }>(`SELECT "role" FROM "User" WHERE "id" = $1`, [owner.id]))[0].role).toBe("READER");
  await get(page.request, "/api/admin/stats/export?report=downloads&days=abc");
  await get(page.request, "/api/library/export?format=../../etc/passwd");
});

test("server actions: foreign, null and malformed origins, and garbage bodies", async ({ request, baseURL }) => {
  for (const origin of ["https://evil.example", "null", "not a url", "", baseURL!]) {
    for (const body of ["[]", "{", "\u0000", "x".repeat(2 * 1024 * 1024)]) {
      const res = await probe(`action origin=${origin} body=${body.slice(0, 5)}`, () =>
        request.post("/analyses", { headers: { ...(origin ? { origin } : {}), "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 }),
      );
      if (res && origin !== baseURL) expect(res.status(), origin).toBe(403);
    }
  }
});

// Issue 30, findings 7 and 8: each class below gave a 5xx (on the app or through the front).
test("methods no route takes, on every kind of route, get a readable 405", async ({ request }) => {
  for (const path of ["/", "/fr", "/analyses", `/analyses/${FLAGSHIP}`, "/sign-in", "/api/me", "/oai", "/feeds/analyses.xml", "/covers/x.webp"]) {
    // (A method Node cannot parse, "CONNECT-X", gets Node's own 400 before any code runs.)
    for (const method of ["TRACE", "PROPFIND", "PUT", "DELETE", "PATCH"]) {
      const res = await probe(`${method} ${path}`, () => request.fetch(path, { method, maxRedirects: 0 }));
      expect(res?.status(), `${method} ${path}`).toBe(405);
      expect(res?.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
      expect(await res?.text()).toContain("does not answer that kind of request");
    }
  }
});

test("form posts to pages from a foreign or null origin get the readable 403, with or without Next-Action", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/fr/search", "/privacy", "/fr/about", `/analyses/${FLAGSHIP}`, "/library"]) {
    for (const origin of ["https://evil.example", "null", undefined]) {
      const headers: Record<string, string> = origin ? { origin } : {};
      for (const body of [{ form: { a: "1" } }, { multipart: { a: "1" } }]) {
        const res = await probe(`POST ${path} from ${origin}`, () => request.post(path, { headers, ...body, maxRedirects: 0 }));
        expect(res?.status(), `POST ${path} from ${origin}`).toBe(403);
        expect(await res?.text()).toContain("This form must be sent from this site.");
      }
    }
  }
});

test("forged resumption tokens with extreme numbers are badResumptionToken, not a 500", async ({ request }) => {
  for (const t of [9007199254740991, 8.64e15 + 1, 1e300, -1, 1.5]) {
    const token = Buffer.from(JSON.stringify({ v: 1, p: "oai_dc", t, i: "x" })).toString("base64url");
    const res = await get(request, `/oai?verb=ListRecords&resumptionToken=${token}`);
    expect(res?.status()).toBe(200);
    expect(await res?.text()).toContain('code="badResumptionToken"');
  }
});

test("an unparsable callbackUrl on the emailed link's callback lands on the sign-in page, readable", async ({ request, baseURL }) => {
  for (const callbackUrl of [`${baseURL}.evil.example/`, "http://[::1", "javascript:alert(1)", "%"]) {
    const res = await get(request, `/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(callbackUrl)}&token=x&email=x%40example.org`);
    expect(res?.status(), callbackUrl).toBeLessThan(400);
    const location = res?.headers()["location"] ?? "";
    expect(new URL(location, baseURL).origin, callbackUrl).toBe(new URL(baseURL!).origin);
    expect(new URL(location, baseURL).pathname, callbackUrl).toBe("/sign-in");
  }
});

test("very long paths, plain and as RSC requests, are the site's 404 and do not echo the path", async ({ request }) => {
  for (const length of [1_100, 3_500, 7_000]) {
    const path = `/${"a".repeat(length)}`;
    for (const headers of [{}, { RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }] as Array<Record<string, string>>) {
      const res = await get(request, path, headers);
      expect(res?.status(), `${length} ${JSON.stringify(headers)}`).toBe(404);
      expect(JSON.stringify(res?.headers()).length).toBeLessThan(2_000);
    }
  }
});
