/**
 * `second_factor`: a TOTP code, an e-mailed code, or a recovery code; and
 * "send the code by e-mail" / "send again" (also at `enrol_email`).
 */
import "server-only";
import { getDb } from "@/lib/db";
import { type SideWrites, writeNow } from "@/lib/database/side-writes";
import { sendMail } from "@/lib/mail/send";
import { recoveryCodeUsedMail } from "@/lib/mail/templates";
import { audit, auditSql } from "../audit";
import { normaliseCode, normaliseRecoveryCode } from "../code-input";
import { consumeEmailCode, issueEmailCode } from "../email-code";
import { advance } from "../flow-store";
import { allowedFactors } from "../policy";
import { checkTotp, redeemRecoveryCode, type TotpCheck } from "../second-factor";
import { resetFailuresSql } from "../throttle";
import { claimCodeAttempt, codeFailure } from "./attempts";
import type { FlowContext } from "./context";
import { finish } from "./finish";
import { expired, goTo, type Outcome, refuse } from "./outcome";
import { hasFactor, maySetSkip, skipRefusal } from "./rules";
import { STAGE_PATHS } from "./transitions";

/** `remember`: the box 「次回以降、…省略する」 was ticked; employees only, whatever the form says. */
export async function verifyStep(ctx: FlowContext, rawCode: unknown, remember: boolean): Promise<Outcome> {
  const { account, flow, req, now } = ctx;
  const who = { accountId: account.id, loginId: account.loginId };
  const claim = await claimCodeAttempt(ctx);
  if (!claim.ok) return refuse("locked");

  const code = normaliseCode(rawCode);
  let method: "totp" | "email" | "recovery" | null = null;
  let emailExpired = false;
  let totp: TotpCheck = "wrong";
  if (/^\d{6}$/.test(code)) {
    if (account.hasTotp) totp = await checkTotp(account.id, code, now);
    if (totp === "ok") method = "totp";
    else {
      const check = await consumeEmailCode(flow, code, now);
      if (check === "ok") method = "email";
      emailExpired = check === "expired";
    }
  } else if (account.hasTotp) {
    const remaining = await redeemRecoveryCode(account.id, normaliseRecoveryCode(rawCode), now);
    if (remaining !== null) {
      method = "recovery";
      await audit("recovery.used", who, req, { remaining });
      await sendMail({ to: account.email, ...recoveryCodeUsedMail(account.locale, { loginId: account.loginId, remaining }) });
    }
  }

  // Counted like any wrong code (claimCodeAttempt above); only the wording differs.
  if (!method) return codeFailure(ctx, totp === "reused" ? "code_reused" : emailExpired ? "code_expired" : "wrong_code", claim);
  // The cleared bucket and the audit lines land in the statement of the move that follows.
  let writes: SideWrites = [resetFailuresSql(account.id, ["second_factor"]), auditSql("code.ok", who, req, { method })];
  let enrolled = false;
  if (method === "email" && !hasFactor(account)) {
    await writeNow(writes); // before the method's own line, in the order things happened
    writes = [];
    enrolled = await recordEmailFactor(ctx);
  }
  if (remember && maySetSkip(account, flow)) {
    // Not signed in yet: the confirmation screen comes first, and only its [OK] sets the skip.
    const moved = await advance(getDb(), flow, "remember_confirm", enrolled ? { mode: "FULL", enrolled } : { mode: "FULL" }, writes);
    return moved ? goTo(STAGE_PATHS.remember_confirm) : expired();
  }
  if (remember) writes = [...writes, auditSql("skip.rejected", who, req, { reason: skipRefusal(account), purpose: "set" })];
  return finish(ctx, "FULL", writes, { enrolled });
}

/**
 * An account without a factor reaches second_factor only from setup (e-mail
 * chosen): its first verified code proves the mailbox, and only then is the
 * method recorded. Conditional, so a parallel enrolment is not overwritten;
 * true when this call recorded it.
 */
async function recordEmailFactor({ account, req }: FlowContext): Promise<boolean> {
  if (!allowedFactors(account.role).includes("EMAIL")) return false;
  const { count } = await getDb().account.updateMany({ where: { id: account.id, secondFactor: null }, data: { secondFactor: "EMAIL" } });
  if (count === 1) await audit("email_factor.enrolled", { accountId: account.id, loginId: account.loginId }, req);
  return count === 1;
}

/** At `second_factor` or `enrol_email`. */
export async function sendCodeStep(ctx: FlowContext): Promise<Outcome> {
  const { account, flow } = ctx;
  // The e-mail factor is the employees'; for sharoushi accounts mail only proves the mailbox at enrolment.
  if (flow.stage === "second_factor" && !allowedFactors(account.role).includes("EMAIL")) return refuse("not_allowed");
  const sent = await issueEmailCode(flow, account, ctx.req, ctx.now);
  if (sent.ok) return goTo(STAGE_PATHS[flow.stage]);
  if (sent.reason === "cooldown") return refuse("cooldown", sent.retryAfterMs);
  if (sent.reason === "too_many") return refuse("too_many_codes");
  return refuse("mail_failed");
}
