// The post gateway through its public surface: a Request in, a Response out. The session is the
// one thing stood in for; the checks, the schema and the mapper are the real ones.
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { useTempDatabase } from "@/test/fixtures";

const SITE = "http://folio.test";
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; role: "READER" | "EDITOR" | "ADMIN" } }));
vi.mock("@/lib/auth", () => ({ getSession: async () => (session.user ? { user: session.user } : null) }));

beforeAll(async () => {
  process.env.SITE_URL = SITE;
  process.env.AUTH_RATE_LIMIT_PER_EMAIL = "2";
  await useTempDatabase();
});
beforeEach(() => {
  session.user = null;
});

async function load() {
  const [{ handlePost }, { fail }] = await Promise.all([import("@/lib/http/gateway"), import("@/lib/messages/result")]);
  return { handlePost, fail };
}

const editor = { id: "editor1234567", email: "ed@example.test", role: "EDITOR" as const };
const reader = { id: "reader1234567", email: "re@example.test", role: "READER" as const };

function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`${SITE}${path}`, { method: "POST", body, headers: { origin: SITE, "content-type": "application/x-www-form-urlencoded", ...headers } });
}
const json = { accept: "application/json" };
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

async function editorRoute() {
  const { handlePost, fail } = await load();
  const run = vi.fn(async (input: { title: string }, { user, params: { id } }: { user: { id: string }; params: { id: string } }) =>
    input.title === "taken" ? fail("request.invalid", { fieldErrors: { title: "field.slugTaken" }, values: { kind: "publication" } }) : { ok: true as const, value: { redirect: `/admin/x/${id}?by=${user.id}` } },
  );
  const POST = handlePost({
    access: "editor",
    presentation: "editor-form",
    params: z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/) }),
    back: ({ id }) => `/admin/x/${id}`,
    schema: z.object({ title: z.string().min(1, "Enter a title."), confirm: z.literal("yes", "editor.confirmDelete").optional() }),
    maxBytes: 1024,
    run,
  });
  return { POST, run };
}

describe("handlePost", () => {
  it("refuses a visitor and a reader before reading anything, even on a route that does not exist", async () => {
    const { POST, run } = await editorRoute();
    for (const user of [null, reader]) {
      session.user = user;
      expect((await POST(post("/x", "title=a", json), params({ id: "bad id!" }))).status).toBe(403);
      expect((await POST(post("/x", "title=a"), params({ id: "abcdefghij" }))).status).toBe(403);
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("answers 404 for route parameters its schema refuses", async () => {
    session.user = editor;
    const { POST, run } = await editorRoute();
    expect((await POST(post("/x", "title=a", json), params({ id: "../etc" }))).status).toBe(404);
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses another origin, a missing one, and a body over the limit, with or without a declared length", async () => {
    session.user = editor;
    const { POST, run } = await editorRoute();
    expect((await POST(post("/x", "title=a", { origin: "https://evil.example" }), params({ id: "abcdefghij" }))).status).toBe(403);
    expect((await POST(new Request(`${SITE}/x`, { method: "POST", body: "title=a" }), params({ id: "abcdefghij" }))).status).toBe(403);
    expect((await POST(post("/x", `title=${"a".repeat(2000)}`), params({ id: "abcdefghij" }))).status).toBe(413);
    const chunked = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode("a".repeat(200)));
        c.close();
      },
    });
    const streamed = new Request(`${SITE}/x`, { method: "POST", body: chunked, headers: { origin: SITE }, duplex: "half" } as RequestInit);
    expect((await POST(streamed, params({ id: "abcdefghij" }))).status).toBe(413);
    expect(run).not.toHaveBeenCalled();
  });

  it("turns schema complaints and domain refusals into field texts from the catalogue", async () => {
    session.user = editor;
    const { POST } = await editorRoute();
    const invalid = await POST(post("/x", "title=", json), params({ id: "abcdefghij" }));
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({ ok: false, message: "Some fields need attention.", errors: { title: "Enter a title." } });

    const coded = await POST(post("/x", "title=a&confirm=no", json), params({ id: "abcdefghij" }));
    expect(coded.status).toBe(422);
    expect(await coded.json()).toMatchObject({ message: "Tick the box to confirm the deletion.", errors: { confirm: "Tick the box to confirm the deletion." } });

    const refused = await POST(post("/x", "title=taken", json), params({ id: "abcdefghij" }));
    expect(await refused.json()).toMatchObject({ errors: { title: "Another publication has this slug." } });
    // Without script, the same refusal is a readable page that links back to the form.
    const page = await POST(post("/x", "title=taken"), params({ id: "abcdefghij" }));
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("Another publication has this slug.");
    expect(html).toContain('href="/admin/x/abcdefghij"');
  });

  it("hands run typed input, the user and the parameters, and answers with SITE_URL's origin", async () => {
    session.user = editor;
    const { POST, run } = await editorRoute();
    const done = await POST(post("/x", "title=Hello", { host: "evil.example", "x-forwarded-host": "evil.example" }), params({ id: "abcdefghij" }));
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${SITE}/admin/x/abcdefghij?by=${editor.id}`);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0][0]).toEqual({ title: "Hello" });
  });

  it("counts a rate-limited form per email however it is spelled", async () => {
    const { handlePost } = await load();
    const POST = handlePost({ access: "anyone", presentation: "auth-form", back: "/forgot", schema: z.object({ email: z.string() }), rateLimit: "reset", run: async () => ({ ok: true, value: { redirect: "/done" } }) });
    const statuses = [];
    for (const email of ["who@example.test", " WHO@example.test", "who@EXAMPLE.test"]) statuses.push((await POST(post("/forgot", new URLSearchParams({ email }).toString()))).status);
    expect(statuses).toEqual([303, 303, 429]);
  });

  it("never throws and never answers 5xx, whatever the body and its declared type", async () => {
    session.user = editor;
    const { POST } = await editorRoute();
    const types = ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data", "application/json", "text/plain", ""];
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 1500 }), fc.constantFrom(...types), fc.boolean(), async (body, type, wantsJson) => {
        const response = await POST(post("/x", body, { "content-type": type, ...(wantsJson ? json : {}) }), params({ id: "abcdefghij" }));
        expect([303, 413, 422]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
  });
});
