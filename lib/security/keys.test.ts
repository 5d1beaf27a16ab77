import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

let keys: typeof import("@/lib/security/keys");

beforeAll(async () => {
  process.env.AUTH_SECRET = "keys-test-secret-keys-test-secret";
  keys = await import("@/lib/security/keys");
});

describe("signed tokens", () => {
  it("give back what was signed, for the purpose it was signed for only", () => {
    const token = keys.signToken({ purpose: "a", payload: ["user1", [1, 2], "é"] });
    expect(keys.verifyToken({ purpose: "a", token })).toEqual(["user1", [1, 2], "é"]);
    expect(keys.verifyToken({ purpose: "b", token })).toBeNull();
    expect(keys.verifyToken({ purpose: "a", token, maxLength: token.length - 1 })).toBeNull();
  });

  it("refuse any change to a token, and never throw on any input (property)", () => {
    const token = keys.signToken({ purpose: "a", payload: { userId: "u", n: 1 } });
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }), (at, c) => {
        const changed = token.slice(0, at) + c + token.slice(at + 1);
        if (changed !== token) expect(keys.verifyToken({ purpose: "a", token: changed })).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        expect(keys.verifyToken({ purpose: "a", token: anything })).toBeNull();
      }),
    );
  });

  it("compare secrets whatever their lengths", () => {
    expect(keys.equalInConstantTime("abc", "abc")).toBe(true);
    expect(keys.equalInConstantTime("abc", "abd")).toBe(false);
    expect(keys.equalInConstantTime("abc", "abcd")).toBe(false);
    expect(keys.equalInConstantTime("é", "e\u0301")).toBe(false);
  });
});
