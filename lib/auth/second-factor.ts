/**
 * Checking a second factor: a TOTP code (never the same time step twice),
 * an e-mailed code (email-code.ts) or a recovery code (single use, stored as
 * a keyed hash: recovery-code.ts).
 */
import "server-only";
import { type DbClient, getDb } from "@/lib/db";
import { normaliseRecoveryCode } from "./code-input";
import { isRecoveryCodeShape, newRecoveryCode, RECOVERY_KEY_LABEL, recoveryCodeHash } from "./recovery-code";
import { derivedKey } from "./secrets";
import { openTotpSecret } from "./totp-secret";
import { matchTotp } from "./totp";

/** What a TOTP code turned out to be: accepted, refused, or right but already used (replay). */
export type TotpCheck = "ok" | "wrong" | "reused";

/**
 * Checks a TOTP code for a confirmed credential (or, at enrolment, the one not
 * confirmed yet). The last accepted time step is advanced with a conditional
 * update, so a replayed code, or the slower of two parallel submissions of one
 * code, is refused — as `reused`, so the user is told to wait for the next code
 * rather than that a correctly typed code is wrong. A reused code never passes.
 */
export async function checkTotp(accountId: string, code: string, now: Date, opts: { confirmed?: boolean } = {}, db: DbClient = getDb()): Promise<TotpCheck> {
  const cred = await db.totpCredential.findUnique({ where: { accountId } });
  const wantConfirmed = opts.confirmed ?? true;
  if (!cred || !!cred.confirmedAt !== wantConfirmed) return "wrong";
  const secret = openTotpSecret(accountId, cred.secretEnc);
  const epochSeconds = now.getTime() / 1000;
  const step = matchTotp(secret, code, { epochSeconds, afterTimeStep: cred.lastTimeStep });
  if (step === null) {
    // Right for this window but at or before the last accepted step: already used.
    const any = cred.lastTimeStep === null ? null : matchTotp(secret, code, { epochSeconds });
    return any !== null ? "reused" : "wrong";
  }
  const { count } = await db.totpCredential.updateMany({
    where: { accountId, secretEnc: cred.secretEnc, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: step } }] },
    data: { lastTimeStep: step, ...(wantConfirmed ? {} : { confirmedAt: now }) },
  });
  // A parallel submission of the same code took the step first.
  return count === 1 ? "ok" : "reused";
}

/** `checkTotp`, answering only whether the code was accepted. */
export async function acceptTotp(accountId: string, code: string, now: Date, opts: { confirmed?: boolean } = {}, db: DbClient = getDb()): Promise<boolean> {
  return (await checkTotp(accountId, code, now, opts, db)) === "ok";
}

// ---- recovery codes (format and hash: recovery-code.ts) ----------------------

export const RECOVERY_CODE_COUNT = 10;

function recoveryHash(accountId: string, normalised: string) {
  return recoveryCodeHash(derivedKey(RECOVERY_KEY_LABEL), accountId, normalised);
}

/**
 * Replaces every recovery code of the account; returns the new ones, to be shown
 * once. Inside the caller's transaction when `db` is one, else in its own.
 */
export async function replaceRecoveryCodes(accountId: string, db?: DbClient): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const write = async (tx: DbClient) => {
    await tx.recoveryCode.deleteMany({ where: { accountId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ accountId, codeHash: recoveryHash(accountId, normaliseRecoveryCode(c)) })) });
  };
  if (db) await write(db);
  else await getDb().$transaction(write);
  return codes;
}

/** Uses up one recovery code; returns how many remain, or null if it was not valid. */
export async function redeemRecoveryCode(accountId: string, normalised: string, now: Date): Promise<number | null> {
  // Codes of the older 10-character format (unkeyed hashes) were deleted by a migration.
  if (!isRecoveryCodeShape(normalised)) return null;
  const db = getDb();
  const { count } = await db.recoveryCode.updateMany({
    where: { accountId, codeHash: recoveryHash(accountId, normalised), usedAt: null },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  return db.recoveryCode.count({ where: { accountId, usedAt: null } });
}

export async function remainingRecoveryCodes(accountId: string): Promise<number> {
  return getDb().recoveryCode.count({ where: { accountId, usedAt: null } });
}
