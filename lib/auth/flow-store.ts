/**
 * The sign-in in progress (LoginFlow rows) and the cookie that points at one.
 * The cookie holds a random token; the row holds its hash, so a database
 * reader cannot resume anyone's sign-in.
 */
import "server-only";
import { cookies } from "next/headers";
import { randomUUID } from "node:crypto";
import { type DbClient, getDb } from "@/lib/db";
import { Prisma, type SessionMode } from "@/generated/prisma/client";
import { type SideWrites, withSideWrites } from "@/lib/database/side-writes";
import { utc } from "@/lib/database/sql-time";
import { randomToken, sha256 } from "./crypto";
import type { RequestInfo } from "./request-info";
import { setAuthCookie } from "./cookies";
import { assertTransition, type Stage } from "./sign-in/transitions";

export const FLOW_COOKIE = "tobira_login";
export const FLOW_TTL_MS = 60 * 60_000;

export type { Stage } from "./sign-in/transitions";

export type Flow = {
  id: string;
  accountId: string;
  stage: Stage;
  mode: SessionMode | null;
  stepUpFromSession: string | null;
  /** A factor was enrolled during this flow (the landing page says so). */
  enrolled: boolean;
  expiresAt: Date;
};

/**
 * A new flow. The steps start one only at an entry stage (sign-in/transitions.ts
 * ENTRY_STAGES); tests also place one at a later stage directly. `writes` (the
 * password step's audit line, cleared bucket and the browser's previous flow)
 * land in the same statement.
 */
export async function createFlow(
  accountId: string,
  stage: Stage,
  req: RequestInfo,
  now: Date,
  extra: { mode?: SessionMode; stepUpFromSession?: string } = {},
  writes: SideWrites = [],
): Promise<{ flow: Flow; token: string }> {
  const token = randomToken();
  const flow: Flow = {
    id: randomUUID(),
    accountId,
    stage,
    mode: extra.mode ?? null,
    stepUpFromSession: extra.stepUpFromSession ?? null,
    enrolled: false,
    expiresAt: new Date(now.getTime() + FLOW_TTL_MS),
  };
  await getDb().$executeRaw(withSideWrites(writes, Prisma.sql`
    INSERT INTO "LoginFlow" ("id", "tokenHash", "accountId", "stage", "mode", "stepUpFromSession", "createdAt", "expiresAt", "ip", "userAgent")
    VALUES (${flow.id}, ${sha256(token)}, ${accountId}, ${stage}::"LoginStage", ${flow.mode}::"SessionMode", ${flow.stepUpFromSession},
      ${utc(now)}, ${utc(flow.expiresAt)}, ${req.ip}, ${req.userAgent})`));
  return { flow, token };
}

export async function setFlowCookie(token: string) {
  await setAuthCookie(FLOW_COOKIE, token, { maxAge: FLOW_TTL_MS / 1000 });
}

/** The current browser's flow, if its cookie names a live one. */
export async function currentFlow(now: Date): Promise<Flow | null> {
  const token = (await cookies()).get(FLOW_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  return flowByToken(token, now);
}

export async function flowByToken(token: string, now: Date): Promise<Flow | null> {
  const row = await getDb().loginFlow.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.expiresAt <= now || row.completedAt) return null;
  return toFlow(row);
}

/**
 * Moves a flow on only from the stage the caller saw, so two tabs cannot race a
 * step twice (false: another request moved it first, or it ended). The move must
 * be in the table (sign-in/transitions.ts): any other throws. Pass the
 * transaction (`db`) when the step's own write must land with the stage change
 * or not at all.
 */
export async function advance(
  db: DbClient,
  flow: Flow,
  to: Stage,
  data: { mode?: SessionMode; enrolled?: boolean } = {},
  writes: SideWrites = [],
): Promise<boolean> {
  assertTransition(flow.stage, to);
  // `writes` (the step's audit line) land in the same statement, whether or not the move is made.
  const moved = await db.$queryRaw<{ id: string }[]>(withSideWrites(writes, Prisma.sql`
    UPDATE "LoginFlow" SET "stage" = ${to}::"LoginStage"${data.mode ? Prisma.sql`, "mode" = ${data.mode}::"SessionMode"` : Prisma.empty}${data.enrolled ? Prisma.sql`, "enrolled" = true` : Prisma.empty}
    WHERE "id" = ${flow.id} AND "stage" = ${flow.stage}::"LoginStage" AND "completedAt" IS NULL
    RETURNING "id"`));
  return moved.length === 1;
}

/** deleteFlowByToken as a write that rides along with the statement creating the new flow. */
export function deleteFlowSql(token: string): Prisma.Sql {
  return Prisma.sql`DELETE FROM "LoginFlow" WHERE "tokenHash" = ${sha256(token)}`;
}

/** Deletes the flow a token names (the cookie is the caller's to clear). */
export async function deleteFlowByToken(token: string | undefined) {
  if (token && token.length <= 100) await getDb().loginFlow.deleteMany({ where: { tokenHash: sha256(token) } });
}

export async function forgetFlow() {
  const jar = await cookies();
  await deleteFlowByToken(jar.get(FLOW_COOKIE)?.value);
  jar.delete(FLOW_COOKIE);
}

function toFlow(row: {
  id: string; accountId: string; stage: Stage; mode: SessionMode | null; stepUpFromSession: string | null;
  enrolled: boolean; expiresAt: Date;
}): Flow {
  return {
    id: row.id,
    accountId: row.accountId,
    stage: row.stage,
    mode: row.mode,
    stepUpFromSession: row.stepUpFromSession,
    enrolled: row.enrolled,
    expiresAt: row.expiresAt,
  };
}
