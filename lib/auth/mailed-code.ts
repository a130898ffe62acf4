/**
 * The one store of mailed codes (MailedCode rows): the sign-in
 * ワンタイムパスワード, the code sent to a new address before an e-mail change,
 * and the code a limited session needs for 2要素認証初期化
 * (docs/requirements.md R-LIMIT-4, R-LIMIT-5, R-LIMIT-6).
 *
 * - 6 digits from the CSPRNG, stored only as an HMAC under a server key and
 *   bound to purpose, owner (flow or account) and, for an e-mail change, the
 *   new address: a code never verifies for another purpose, owner or address.
 * - One row per purpose and owner. `issue` replaces the code in place after the
 *   resend cool-down (the old code dies); a failed mail puts the row back as it
 *   was, so the code mailed before keeps working and no cool-down starts.
 * - `verify` is one conditional UPDATE: it counts the guess and compares it in
 *   the same statement, only while fewer than MAX_CODE_ATTEMPTS were made and
 *   the code is unexpired and unused. PostgreSQL locks the row, so of parallel
 *   right guesses one wins, and a burst compares at most MAX_CODE_ATTEMPTS.
 *
 * Every time decision reads the caller's `now` (the one clock, lib/clock.ts).
 */
import "server-only";
import { Prisma, type MailedCodePurpose } from "@/generated/prisma/client";
import { type DbClient, getDb } from "@/lib/db";
import type { SendResult } from "@/lib/mail/send";
import { hmac, randomDigits } from "./crypto";
import { derivedKey } from "./secrets";

export type { MailedCodePurpose };

export const RESEND_COOLDOWN_MS = 60_000;
export const MAX_CODE_ATTEMPTS = 5;
const CODE_DIGITS = 6;
const KEY_LABEL = "mailed-code";

/** EMAIL_CODE_TTL_MINUTES (30): how long any mailed code is valid (R-LIMIT-6). */
export function mailedCodeTtlMinutes(): number {
  const n = Number(process.env.EMAIL_CODE_TTL_MINUTES ?? 30);
  return Number.isFinite(n) && n > 0 ? n : 30;
}

/** Whom a code belongs to. SIGN_IN: ownerId is the flow id (and flowId too); otherwise the account id. */
export type CodeOwner = { purpose: MailedCodePurpose; ownerId: string; accountId: string; flowId?: string };

export function signInOwner(flow: { id: string; accountId: string }): CodeOwner {
  return { purpose: "SIGN_IN", ownerId: flow.id, accountId: flow.accountId, flowId: flow.id };
}

export function accountOwner(purpose: Exclude<MailedCodePurpose, "SIGN_IN">, accountId: string): CodeOwner {
  return { purpose, ownerId: accountId, accountId };
}

/** The stored form of a code. Exported for tests that plant a known code. */
export function mailedCodeHash(owner: Pick<CodeOwner, "purpose" | "ownerId">, code: string, newEmail?: string | null): string {
  return hmac(derivedKey(KEY_LABEL), [owner.purpose, owner.ownerId, (newEmail ?? "").toLowerCase(), code].join("\n"));
}

const key = (owner: CodeOwner) => ({ purpose_ownerId: { purpose: owner.purpose, ownerId: owner.ownerId } });

export type IssueResult =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: "cooldown"; retryAfterMs: number }
  | { ok: false; reason: "too_many" }
  | { ok: false; reason: "mail_failed"; mailReason: string };

export type IssueOptions = {
  now: Date;
  /** Mails the code; the store rolls back if it fails. */
  send: (code: string, expiresAt: Date) => Promise<SendResult>;
  /** EMAIL_CHANGE: the address the code goes to (bound into the hash). */
  newEmail?: string;
  /** Most mails for one owner, failed ones included (sign-in: MAX_SENDS_PER_FLOW). */
  maxSends?: number;
  /** How long the code is valid; default mailedCodeTtlMinutes() (an invitation lives longer). */
  ttlMs?: number;
};

export async function issue(owner: CodeOwner, opts: IssueOptions): Promise<IssueResult> {
  const { now } = opts;
  const db = getDb();
  const prev = await db.mailedCode.findUnique({ where: key(owner) });
  const wait = prev?.sentAt ? RESEND_COOLDOWN_MS - (now.getTime() - prev.sentAt.getTime()) : 0;
  if (wait > 0) return { ok: false, reason: "cooldown", retryAfterMs: wait };
  if (opts.maxSends !== undefined && (prev?.sends ?? 0) >= opts.maxSends) return { ok: false, reason: "too_many" };

  const code = randomDigits(CODE_DIGITS);
  const codeHash = mailedCodeHash(owner, code, opts.newEmail);
  const expiresAt = new Date(now.getTime() + (opts.ttlMs ?? mailedCodeTtlMinutes() * 60_000));
  const fresh = { codeHash, expiresAt, sentAt: now, attempts: 0, consumedAt: null, newEmail: opts.newEmail ?? null };
  if (prev) {
    // Conditional on the send time we read: of two parallel "send again" clicks, one mails.
    const { count } = await db.mailedCode.updateMany({ where: { id: prev.id, sentAt: prev.sentAt }, data: { ...fresh, sends: { increment: 1 } } });
    if (count !== 1) return { ok: false, reason: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS };
  } else {
    try {
      await db.mailedCode.create({ data: { purpose: owner.purpose, ownerId: owner.ownerId, accountId: owner.accountId, flowId: owner.flowId ?? null, ...fresh, sends: 1 } });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return { ok: false, reason: "cooldown", retryAfterMs: RESEND_COOLDOWN_MS };
      throw err;
    }
  }

  const sent = await opts.send(code, expiresAt);
  if (!sent.ok) {
    // Nothing half-done: the code that never left is dropped, the one mailed before it (if
    // any) works again as it was, and no cool-down starts. The send still counts (`sends`),
    // so a dead provider is not hammered.
    const back = prev
      ? { codeHash: prev.codeHash, expiresAt: prev.expiresAt, sentAt: prev.sentAt, attempts: prev.attempts, consumedAt: prev.consumedAt, newEmail: prev.newEmail }
      : { codeHash: null, sentAt: null };
    await db.mailedCode.updateMany({ where: { ...key(owner).purpose_ownerId, codeHash }, data: back });
    return { ok: false, reason: "mail_failed", mailReason: sent.reason };
  }
  return { ok: true, expiresAt };
}

export type VerifyStatus = "ok" | "wrong" | "expired" | "none";
export type VerifyResult = { status: VerifyStatus; newEmail: string | null };

/**
 * Counts the guess and, if it is the live code, uses it up — in one statement.
 * "none": no live code (never sent, already used, or out of attempts).
 * `newEmail`: for EMAIL_CHANGE, the address the caller read as pending (bound
 * into the hash). Pass a transaction client (`db`) when the caller's own write
 * must land with the code's use or not at all.
 */
export async function verify(owner: CodeOwner, code: string, now: Date, opts: { newEmail?: string; db?: DbClient } = {}): Promise<VerifyResult> {
  const db = opts.db ?? getDb();
  const at = Prisma.sql`(to_timestamp(${now.getTime() / 1000}::double precision) AT TIME ZONE 'UTC')`;
  const rows = await db.$queryRaw<{ matched: boolean; newEmail: string | null }[]>`
    UPDATE "MailedCode" SET
      "attempts" = "attempts" + 1,
      "consumedAt" = CASE WHEN "codeHash" = ${mailedCodeHash(owner, code, opts.newEmail)} THEN ${at} ELSE NULL END
    WHERE "purpose" = ${owner.purpose}::"MailedCodePurpose" AND "ownerId" = ${owner.ownerId}
      AND "codeHash" IS NOT NULL AND "consumedAt" IS NULL
      AND "attempts" < ${MAX_CODE_ATTEMPTS}::int AND "expiresAt" > ${at}
    RETURNING "consumedAt" IS NOT NULL AS "matched", "newEmail"`;
  const row = rows[0];
  if (row) return { status: row.matched ? "ok" : "wrong", newEmail: row.newEmail };
  // Nothing was counted: say why, for the message the user sees.
  const live = await db.mailedCode.findUnique({ where: key(owner) });
  const expired = !!live?.codeHash && !live.consumedAt && live.attempts < MAX_CODE_ATTEMPTS && live.expiresAt <= now;
  return { status: expired ? "expired" : "none", newEmail: null };
}

export type CodeState = { expiresAt: Date; active: boolean; newEmail: string | null };

/**
 * The owner's unused code, if any: `active` while it can still be used at `now`;
 * an expired one is still returned (the page says until when it was valid).
 */
export async function codeState(owner: CodeOwner, now: Date): Promise<CodeState | null> {
  return codeStateOf(await getDb().mailedCode.findUnique({ where: key(owner) }), now);
}

export type StoredCode = { codeHash: string | null; consumedAt: Date | null; attempts: number; expiresAt: Date; newEmail: string | null };

/** codeState of a row the caller read itself (the sign-in pages read it with their flow: sign-in/flow-query.ts). */
export function codeStateOf(row: StoredCode | null, now: Date): CodeState | null {
  if (!row?.codeHash || row.consumedAt || row.attempts >= MAX_CODE_ATTEMPTS) return null;
  return { expiresAt: row.expiresAt, active: row.expiresAt > now, newEmail: row.newEmail };
}

/** How long before the owner may be sent another code (0: now). */
export async function cooldownLeft(owner: CodeOwner, now: Date): Promise<number> {
  const row = await getDb().mailedCode.findUnique({ where: key(owner), select: { sentAt: true } });
  return row?.sentAt ? Math.max(0, RESEND_COOLDOWN_MS - (now.getTime() - row.sentAt.getTime())) : 0;
}

/** Ends the owner's code (used, cancelled, or no longer meaningful). */
export async function discard(owner: CodeOwner, db: DbClient = getDb()): Promise<void> {
  await db.mailedCode.deleteMany({ where: key(owner).purpose_ownerId });
}

/** Ends every code bound to the account (its address changed: nothing mailed to the old one may be used). */
export async function discardAllFor(accountId: string): Promise<void> {
  await getDb().mailedCode.deleteMany({ where: { accountId } });
}
