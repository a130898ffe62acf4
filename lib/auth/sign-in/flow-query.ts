/**
 * The flow a cookie names and its account, read in one statement: the load of
 * every sign-in step's context (context.ts) and, with the code mailed for it and
 * the recovery codes left, of every sign-in page (views.ts). Only a live flow —
 * unexpired and not completed at `now` — is returned.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { utc } from "@/lib/database/sql-time";
import { AUTH_ACCOUNT_COLUMNS, type AuthAccount, type AuthAccountRow, toAuthAccount } from "../account";
import { sha256 } from "../crypto";
import type { Flow } from "../flow-store";
import { type CodeState, codeStateOf } from "../mailed-code";
import type { Stage } from "./transitions";

export type LoadedFlow = { flow: Flow; account: AuthAccount };
export type LoadedFlowPage = LoadedFlow & { emailCode: CodeState | null; recoveryCodesLeft: number };

type FlowRow = AuthAccountRow & {
  id: string;
  stage: Stage;
  mode: Flow["mode"];
  stepUpFromSession: string | null;
  enrolled: boolean;
  expiresAt: Date;
};

type PageRow = FlowRow & {
  codeHash: string | null;
  codeConsumedAt: Date | null;
  codeAttempts: number | null;
  codeExpiresAt: Date | null;
  codeNewEmail: string | null;
  recoveryCodesLeft: number;
};


const FLOW_COLUMNS = Prisma.sql`f."id", f."stage"::text AS "stage", f."mode"::text AS "mode", f."stepUpFromSession", f."enrolled", f."expiresAt"`;

function query<R>(token: string, now: Date, extraColumns: Prisma.Sql, extraJoins: Prisma.Sql) {
  return getDb().$queryRaw<R[]>`
    SELECT ${FLOW_COLUMNS}, ${AUTH_ACCOUNT_COLUMNS}${extraColumns}
    FROM "LoginFlow" f
      JOIN "Account" a ON a."id" = f."accountId"
      LEFT JOIN "TotpCredential" t ON t."accountId" = a."id"${extraJoins}
    WHERE f."tokenHash" = ${sha256(token)} AND f."expiresAt" > ${utc(now)} AND f."completedAt" IS NULL`;
}

function toLoaded(row: FlowRow): LoadedFlow {
  const flow: Flow = { id: row.id, accountId: row.accountId, stage: row.stage, mode: row.mode, stepUpFromSession: row.stepUpFromSession, enrolled: row.enrolled, expiresAt: row.expiresAt };
  return { flow, account: toAuthAccount(row) };
}

/** The live flow a token names, with its account (disabled or not: the caller decides). */
export async function loadFlow(token: string, now: Date): Promise<LoadedFlow | null> {
  const [row] = await query<FlowRow>(token, now, Prisma.empty, Prisma.empty);
  return row ? toLoaded(row) : null;
}

/** loadFlow, with what the sign-in pages show: the state of this flow's mailed code, the recovery codes left. */
export async function loadFlowPage(token: string, now: Date): Promise<LoadedFlowPage | null> {
  const [row] = await query<PageRow>(
    token,
    now,
    Prisma.sql`, m."codeHash", m."consumedAt" AS "codeConsumedAt", m."attempts" AS "codeAttempts", m."expiresAt" AS "codeExpiresAt", m."newEmail" AS "codeNewEmail",
      CASE WHEN t."confirmedAt" IS NULL THEN 0
        ELSE (SELECT count(*)::int FROM "RecoveryCode" r WHERE r."accountId" = a."id" AND r."usedAt" IS NULL) END AS "recoveryCodesLeft"`,
    Prisma.sql` LEFT JOIN "MailedCode" m ON m."purpose" = 'SIGN_IN' AND m."ownerId" = f."id"`,
  );
  if (!row) return null;
  const code =
    row.codeExpiresAt === null
      ? null
      : { codeHash: row.codeHash, consumedAt: row.codeConsumedAt, attempts: row.codeAttempts ?? 0, expiresAt: row.codeExpiresAt, newEmail: row.codeNewEmail };
  return { ...toLoaded(row), emailCode: codeStateOf(code, now), recoveryCodesLeft: row.recoveryCodesLeft };
}
