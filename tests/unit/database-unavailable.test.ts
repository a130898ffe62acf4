// What counts as "the database cannot be reached" (lib/database/unavailable.ts),
// and that Next.js reads DatabaseUnavailableError as the redirect to the 503 page.
import { describe, expect, it } from "vitest";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { DatabaseUnavailableError, UNAVAILABLE_PATH, isDatabaseUnavailable, rethrowUnavailable } from "@/lib/database/unavailable";

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma: can't reach the server", Object.assign(new Error("Can't reach"), { code: "P1001" })],
    ["Prisma: pool time-out", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["adapter: DatabaseNotReachable in meta", Object.assign(new Error("x"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })],
    ["PostgreSQL shutting down (57P01)", pgError("57P01", "terminating connection due to administrator command")],
    ["PostgreSQL starting up (57P03)", pgError("57P03", "the database system is starting up")],
    ["socket refused", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["pg: connection lost", new Error("Connection terminated unexpectedly")],
    ["PostgreSQL: statement cancelled by statement_timeout (57014)", pgError("57014", "canceling statement due to statement timeout")],
    ["pg: no answer within query_timeout", new Error("Query read timeout")],
    ["Prisma: no connection for a transaction in time (P2028)", Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" })],
    ["pg: client broken mid-transaction", new Error("Client has encountered a connection error and is not queryable")],
    ["Auth.js wrapper (cause.err)", Object.assign(new Error("CallbackRouteError"), { cause: { err: Object.assign(new Error("Can't reach"), { code: "P1001" }) } })],
  ])("%s → yes", (_label, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["syntax error", pgError("42601", "syntax error at or near")],
    ["a programming error", new TypeError("x is undefined")],
    ["a redirect", Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" })],
    ["nothing", undefined],
  ])("%s → no", (_label, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe("DatabaseUnavailableError", () => {
  it("is, for Next.js, a redirect to the 503 page", () => {
    const err = new DatabaseUnavailableError(new Error("Can't reach database server at 127.0.0.1:5432"));
    expect(isRedirectError(err)).toBe(true);
    expect(getURLFromRedirectError(err)).toBe(UNAVAILABLE_PATH);
  });

  it("keeps only the driver's last line, without the call site", () => {
    const err = new DatabaseUnavailableError(new Error("\nInvalid `db.account.count()` invocation in\n/app/x.ts:1:2\n\nCan't reach database server at `db:5432`"));
    expect(err.message).toBe("database unavailable: Can't reach database server at `db:5432`");
  });

  it("rethrowUnavailable converts an outage and passes anything else through", () => {
    const other = new TypeError("bug");
    expect(() => rethrowUnavailable(other)).toThrow(other);
    expect(() => rethrowUnavailable(new Error("Connection terminated unexpectedly"))).toThrow(DatabaseUnavailableError);
  });
});
