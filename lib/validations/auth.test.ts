import { describe, expect, it } from "vitest";
import { emailSchema, newPasswordSchema, signUpSchema } from "@/lib/validations/auth";

describe("newPasswordSchema", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(newPasswordSchema.safeParse("correct horse battery staple").success).toBe(true);
  });

  it.each([
    ["short", "auth.passwordShort"],
    ["password123", "auth.passwordCommon"],
    ["PASSWORD123", "auth.passwordCommon"],
    ["1234567890", "auth.passwordCommon"],
    ["aaaaaaaaaaaa", "auth.passwordCommon"],
    ["abcdefghijklmn", "auth.passwordCommon"],
    ["x".repeat(201), "auth.passwordLong"],
  ])("refuses %j with %s", (password, code) => {
    const r = newPasswordSchema.safeParse(password);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(code);
  });
});

describe("emailSchema", () => {
  it("lowercases and trims, so one address has one account", () => {
    expect(emailSchema.parse("  Ada.Reader@Example.ORG ")).toBe("ada.reader@example.org");
  });

  it.each(["not-an-email", "a@", `${"a".repeat(250)}@example.org`])("refuses %j", (e) => {
    expect(emailSchema.safeParse(e).success).toBe(false);
  });
});

describe("signUpSchema", () => {
  it("needs a name", () => {
    expect(signUpSchema.safeParse({ name: "  ", email: "a@example.org", password: "correct horse battery" }).success).toBe(false);
  });
});
