/**
 * Before any code is compared: the address's limit, then one attempt counted in
 * the account's "second_factor" bucket (throttle.ts claimAttempt), so parallel
 * guesses are compared only as often as the bucket allows. Refusals are logged here.
 */
import "server-only";
import { audit } from "../audit";
import { type Claim, claimAttemptFrom, recordIpFailure } from "../throttle";
import type { FlowContext } from "./context";
import { type Outcome, refuse } from "./outcome";

export async function claimCodeAttempt({ account, req, now }: FlowContext): Promise<Extract<Claim, { ok: true }> | { ok: false }> {
  const who = { accountId: account.id, loginId: account.loginId };
  // One statement: the address's limit, then (unless it is limited) the count.
  const claim = await claimAttemptFrom(req.ip, account.id, "second_factor", now);
  if ("ipLimited" in claim) {
    await audit("ip.limited", who, req, { step: "code" });
    return { ok: false };
  }
  if (!claim.ok) await audit("code.failed", who, req, { reason: "locked" });
  return claim;
}

/** A compared code was wrong: already counted by claimCodeAttempt; the address's failure and the log. */
export async function codeFailure(
  { account, req, now }: FlowContext,
  error: "wrong_code" | "code_reused" | "code_expired",
  claim: { failures: number; locked: boolean },
): Promise<Outcome> {
  const who = { accountId: account.id, loginId: account.loginId };
  await recordIpFailure(req.ip, now);
  await audit("code.failed", who, req, { reason: error });
  if (claim.locked) await audit("account.locked", who, req, { bucket: "second_factor", failures: claim.failures });
  return refuse(claim.locked ? "locked" : error);
}
