import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSignpostingHeader, registerSignpostingReader, signpostedSlug } from "@/lib/http/signposting-header";

let origin: string;
let server: http.Server;
const asked: string[] = [];
let status = 200;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    asked.push(req.url!);
    res.writeHead(req.url!.endsWith("/missing") ? 404 : status).end(status === 200 ? `<https://doi.org/10.5555/x>; rel="cite-as"` : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("signpostedSlug", () => {
  it("names analysis pages only, in either interface", () => {
    expect(signpostedSlug("/analyses/a-paper")).toBe("a-paper");
    expect(signpostedSlug("/fr/analyses/a-paper?x=1")).toBe("a-paper");
    for (const url of ["/analyses/a-paper/pdf", "/analyses/a-paper/cite/ris", "/analyses", "/en/analyses/a-paper", "/analyses/A_Paper", "/analyses/../etc", undefined]) expect(signpostedSlug(url)).toBeNull();
  });
});

describe("fetchSignpostingHeader", () => {
  it("asks once per slug a minute, remembers a 404, and forgets an outage", async () => {
    const now = 1_000_000;
    expect(await fetchSignpostingHeader({ slug: "one", origin, now })).toContain('rel="cite-as"');
    await fetchSignpostingHeader({ slug: "one", origin, now: now + 59_000 });
    expect(asked.filter((u) => u.endsWith("/one"))).toHaveLength(1);
    await fetchSignpostingHeader({ slug: "one", origin, now: now + 61_000 });
    expect(asked.filter((u) => u.endsWith("/one"))).toHaveLength(2);

    expect(await fetchSignpostingHeader({ slug: "missing", origin, now })).toBeNull();
    await fetchSignpostingHeader({ slug: "missing", origin, now: now + 1 });
    expect(asked.filter((u) => u.endsWith("/missing"))).toHaveLength(1);

    status = 503;
    expect(await fetchSignpostingHeader({ slug: "down", origin, now })).toBeNull();
    status = 200;
    expect(await fetchSignpostingHeader({ slug: "down", origin, now: now + 1 })).toContain("cite-as");
    expect(asked.filter((u) => u.endsWith("/down"))).toHaveLength(2);
  });

  it("asks in-process, without HTTP, once the route has registered its reader", async () => {
    const before = asked.length;
    const read: string[] = [];
    registerSignpostingReader(async (slug) => (read.push(slug), slug === "gone" ? null : `<https://x.example/${slug}>; rel="cite-as"`));
    expect(await fetchSignpostingHeader({ slug: "direct", origin, now: 5_000_000 })).toBe('<https://x.example/direct>; rel="cite-as"');
    expect(await fetchSignpostingHeader({ slug: "gone", origin, now: 5_000_000 })).toBeNull();
    expect(read).toEqual(["direct", "gone"]);
    expect(asked.length).toBe(before);
  });
});
