import { describe, expect, it } from "vitest";
import { isConnectionError, isDatabaseUnavailable, isDataError, recordDatabaseOutcome } from "@/lib/db/health";

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

  it.each([
    { code: "P2002", message: "Unique constraint failed" },
    { code: "P2025", message: "Record to update not found." },
    { name: "PrismaClientValidationError", message: "Unknown argument" },
  ])("counts %j as the data's fault, not the database's", (error) => {
    recordDatabaseOutcome();
    recordDatabaseOutcome(error);
    expect(isDataError(error)).toBe(true);
    expect(isDatabaseUnavailable()).toBe(false);
  });

  // A database renamed away (3D000), a missing table, a frozen connection's timeout: not refused
  // connections, but the database cannot serve all the same (issue 30, finding 4).
  it.each([
    { code: "P1003", message: "Database `folio` does not exist" },
    { name: "DriverAdapterError", message: 'database "folio" does not exist', cause: { originalCode: "3D000" } },
    { code: "P2021", message: "The table `main.User` does not exist" },
    new Error("Query read timeout"),
    new Error("timeout exceeded when trying to connect"),
  ])("counts %j as the database failing", (error) => {
    recordDatabaseOutcome();
    recordDatabaseOutcome(error);
    expect(isDatabaseUnavailable()).toBe(true);
    recordDatabaseOutcome();
  });

  it("is unavailable after a database failure until a query succeeds or a minute passes", () => {
    recordDatabaseOutcome();
    expect(isDatabaseUnavailable()).toBe(false);
    recordDatabaseOutcome({ code: "P2002" });
    expect(isDatabaseUnavailable()).toBe(false);
    recordDatabaseOutcome({ code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable()).toBe(true);
    expect(isDatabaseUnavailable(Date.now() + 61_000)).toBe(false);
    recordDatabaseOutcome();
    expect(isDatabaseUnavailable()).toBe(false);
  });
});
