import { describe, expect, it } from "vitest";
import { isConnectionError, isDatabaseUnavailable, recordDatabaseOutcome } from "@/lib/db/health";

describe("database health", () => {
  it.each([
    { code: "P1001", message: "Can't reach database server" },
    { code: "ECONNREFUSED" },
    { message: 'database "folio" is not currently accepting connections' },
    { message: "wrapped", cause: { code: "57P01", message: "terminating connection due to administrator command" } },
    { errors: [{ code: "ECONNREFUSED" }] },
  ])("counts %j as an outage", (error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([{ code: "P2002", message: "Unique constraint failed" }, new Error("boom"), null, "ECONNREFUSED"])("does not count %j", (error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it("is unavailable after a connection error until a query succeeds or a minute passes", () => {
    recordDatabaseOutcome();
    expect(isDatabaseUnavailable()).toBe(false);
    recordDatabaseOutcome(new Error("syntax error"));
    expect(isDatabaseUnavailable()).toBe(false);
    recordDatabaseOutcome({ code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable()).toBe(true);
    expect(isDatabaseUnavailable(Date.now() + 61_000)).toBe(false);
    recordDatabaseOutcome();
    expect(isDatabaseUnavailable()).toBe(false);
  });
});
