import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { normaliseForwardedHeaders } from "@/lib/security/forwarded";

const forged = (): IncomingHttpHeaders => ({
  host: "evil.example",
  "x-forwarded-for": "203.0.113.9, 198.51.100.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-real-ip": "203.0.113.9",
  forwarded: "for=203.0.113.9;host=evil.example",
});

describe("normaliseForwardedHeaders", () => {
  it("without a declared proxy, believes only the socket", () => {
    const h = forged();
    normaliseForwardedHeaders(h, { peer: "127.0.0.1", trustProxy: false });
    expect(h["x-forwarded-for"]).toBe("127.0.0.1");
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-real-ip", "forwarded"]) expect(h[name]).toBeUndefined();
  });

  it("behind a declared proxy, keeps what it wrote", () => {
    const h = forged();
    normaliseForwardedHeaders(h, { peer: "127.0.0.1", trustProxy: true });
    expect(h["x-forwarded-for"]).toBe("203.0.113.9, 198.51.100.7");
    expect(h["x-forwarded-host"]).toBe("evil.example");
    expect(h["x-forwarded-proto"]).toBe("https");
  });

  it.each([
    ["x-forwarded-host", "a b"],
    ["x-forwarded-host", "evil.example/path"],
    ["x-forwarded-proto", "gopher"],
  ])("behind a proxy, drops a malformed %s (%j)", (name, value) => {
    const h: IncomingHttpHeaders = { [name]: value };
    normaliseForwardedHeaders(h, { peer: "127.0.0.1", trustProxy: true });
    expect(h[name]).toBeUndefined();
  });
});
