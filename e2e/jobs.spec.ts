// The cron route: an operator's cron runs any background job by name, with the deployment's token.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";

const token = crypto.createHmac("sha256", process.env.AUTH_SECRET!).update("folio-cron").digest().toString("base64url");
const withToken = { authorization: `Bearer ${token}` };

test("without the token every job is a 403, known or not", async ({ request }) => {
  for (const job of ["publish-scheduled", "alert-digests", "no-such-job"]) {
    const r = await request.post(`/api/cron/${job}`, { headers: { authorization: "Bearer forged" } });
    expect(r.status(), job).toBe(403);
  }
  expect((await request.post("/api/cron/send-mail")).status()).toBe(403);
});

test("with it, a job runs and says what it did; bad names and payloads get a readable 4xx", async ({ request }) => {
  const run = await request.post("/api/cron/optimize-database", { headers: withToken, data: { startup: true } });
  expect(run.status()).toBe(200);
  expect(await run.json()).toMatchObject({ ok: true, ran: true, summary: { optimized: true } });
  expect(await (await request.post("/api/cron/publish-scheduled", { headers: withToken })).json()).toMatchObject({ ok: true, ran: true, summary: { published: expect.any(Number) } });
  const unknown = await request.post("/api/cron/no-such-job", { headers: withToken });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toBe("No such job.");
  const wrong = await request.post("/api/cron/optimize-database", { headers: withToken, data: { startup: "yes" } });
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).error).toContain("startup");
  const notJson = await request.post("/api/cron/optimize-database", { headers: { ...withToken, "content-type": "application/json" }, data: Buffer.from("{nope") });
  expect(notJson.status()).toBe(400);
  const huge = await request.post("/api/cron/optimize-database", { headers: { ...withToken, "content-type": "application/json" }, data: JSON.stringify({ startup: true, pad: "x".repeat(64 * 1024) }) });
  expect(huge.status()).toBe(413);
});
