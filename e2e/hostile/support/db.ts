/**
 * Direct access to the run's PostgreSQL database (HOSTILE_DATABASE_URL), to
 * prove that a refused attack changed nothing: snapshots of an account's rows
 * before and after, compared whole.
 */
import pg from "pg";
import { hostileEnv } from "./env";

let pool: pg.Pool | undefined;

export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: hostileEnv().databaseUrl, max: 3 });
  return pool;
}

export async function query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db().query<T>(sql, params)).rows;
}

/** The tables that hang off an account, and the column naming it. */
export const ACCOUNT_TABLES = {
  Account: "id",
  AuthSession: "accountId",
  LoginFlow: "accountId",
  TotpCredential: "accountId",
  RecoveryCode: "accountId",
  AuthThrottle: "accountId",
  Punch: "accountId",
  Payslip: "accountId",
  RememberedBrowser: "accountId",
  MailedCode: "accountId",
} as const;
export type AccountTable = keyof typeof ACCOUNT_TABLES;

/** The account's rows of one table, in a stable order. */
export function rowsOf(table: AccountTable, accountId: string): Promise<Record<string, unknown>[]> {
  const column = ACCOUNT_TABLES[table];
  return query(`SELECT * FROM "${table}" WHERE "${column}" = $1 ORDER BY 1`, [accountId]);
}

export async function countOf(table: AccountTable, accountId: string): Promise<number> {
  const column = ACCOUNT_TABLES[table];
  const [row] = await query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = $1`, [accountId]);
  return Number(row!.n);
}

/**
 * Every row of the account in the given tables (default: all but LoginFlow and
 * AuthThrottle, which a refused attempt may rightly touch; for the same reason,
 * of MailedCode only the codes not bound to a sign-in in progress). Compare two with toEqual.
 */
export async function snapshot(accountId: string, tables: AccountTable[] = (Object.keys(ACCOUNT_TABLES) as AccountTable[]).filter((t) => t !== "LoginFlow" && t !== "AuthThrottle")) {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of tables) {
    out[t] = t === "MailedCode" ? (await rowsOf(t, accountId)).filter((r) => r.purpose !== "SIGN_IN") : await rowsOf(t, accountId);
  }
  return out;
}

/** The account's live (not revoked, not expired) sessions. */
export async function liveSessions(accountId: string): Promise<{ id: string; mode: string }[]> {
  return query(`SELECT id, mode FROM "AuthSession" WHERE "accountId" = $1 AND "revokedAt" IS NULL AND "expiresAt" > now() ORDER BY "createdAt"`, [accountId]);
}

export async function auditTypes(accountId: string): Promise<string[]> {
  return (await query<{ type: string }>(`SELECT type FROM "AuditEvent" WHERE "accountId" = $1 ORDER BY at`, [accountId])).map((r) => r.type);
}
