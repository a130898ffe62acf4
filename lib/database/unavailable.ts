/**
 * "The database cannot be reached right now": telling that apart from every
 * other database error, and the one error the data layer throws for it.
 *
 * The Prisma client (client.ts) turns a connection failure — refused, closed,
 * timed out, the server shutting down or starting up — into a
 * DatabaseUnavailableError. Inside a Next.js request that error is also a
 * redirect to UNAVAILABLE_PATH (app/unavailable/route.ts answers 503 with
 * Retry-After): a page or server action cannot set its own status code, and an
 * error page would be a 500. Outside a request (scripts, tests) it is an
 * ordinary error whose message is the driver's first line, never a password.
 */

export const UNAVAILABLE_PATH = "/unavailable";
/** Seconds a client is asked to wait (Retry-After): about one pool connect time-out plus a restart. */
export const RETRY_AFTER_SECONDS = 10;

// Prisma's codes for "cannot reach / lost / timed out" (P1001, P1002, P1008, P1017) and pool time-out (P2024).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Driver adapter error kinds (@prisma/adapter-pg) that mean the server is not there.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (08…), shutting down / starting up (57P01–57P03), too many
// connections, and a statement cancelled by statement_timeout (57014; connect.ts): the server hangs.
const PG_CODE = /^(08\d{3}|57P0[1-3]|53300|57014)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// pg's own errors carry no code, only these messages.
const PG_MESSAGES = [
  "Connection terminated",
  "connection error and is not queryable",
  "timeout exceeded when trying to connect",
  "Client was closed and is not queryable",
  "Can't reach database server",
  "Query read timeout", // query_timeout (connect.ts): the server does not answer at all
  "Unable to start a transaction in the given time", // Prisma P2028: no pool connection in time, as P2024
];

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; originalCode?: unknown; err?: unknown };

/** True when `err` (or what it wraps) says the database server cannot be used at the moment. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    if (e instanceof DatabaseUnavailableError) return true;
    const { code, kind, message, cause, meta, originalCode, err: wrapped } = e as Inspectable;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || PG_CODE.test(code))) return true;
    if (typeof originalCode === "string" && PG_CODE.test(originalCode)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (kind === "postgres" && typeof code === "string" && PG_CODE.test(code)) return true;
    if (typeof message === "string" && PG_MESSAGES.some((m) => message.includes(m))) return true;
    // Auth.js wraps what its provider threw as `cause.err`; Prisma keeps the driver's error in meta.
    queue.push(cause, wrapped, (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return false;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  /**
   * Next.js treats an error with this digest as `redirect(UNAVAILABLE_PATH)`
   * (307 for a page, 303 for a form post, an action redirect for a fetch);
   * tests/unit/database-unavailable.test.ts checks it against Next's own
   * isRedirectError, so an upgrade that changes the format fails there.
   */
  readonly digest = `NEXT_REDIRECT;replace;${UNAVAILABLE_PATH};307;`;

  constructor(cause: unknown) {
    super(firstLine(cause));
  }
}

let lastLogged = 0;

/** Rethrows a connection failure as DatabaseUnavailableError; any other error unchanged. */
export function rethrowUnavailable(err: unknown): never {
  if (err instanceof DatabaseUnavailableError) throw err;
  if (!isDatabaseUnavailable(err)) throw err;
  const converted = new DatabaseUnavailableError(err);
  // One line per outage window for the server's operator, not one per request; a script
  // (npm run db:migrate, the seed) prints its own one line, so only the server logs here.
  // The machine's time, not the request's: it paces the log and decides nothing for a user.
  const at = Date.now(); // eslint-disable-line no-restricted-syntax -- log pacing only
  if (process.env.NEXT_RUNTIME && at - lastLogged > RETRY_AFTER_SECONDS * 1000) {
    lastLogged = at;
    console.error(`[db] ${converted.message}`);
  }
  throw converted;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Prisma puts the call site first and the driver's words last.
  const line = text.split("\n").map((l) => l.trim()).filter(Boolean).at(-1);
  return `database unavailable: ${line ?? "unknown error"}`;
}
