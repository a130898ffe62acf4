/**
 * Enrolment of a first factor: `setup` (employees pick the Authenticator or
 * e-mail), `enrol_email` (the mailbox is proved before a phone is bound),
 * `enrol_totp` (scan, name, confirm with a first code), `recovery_codes` (and,
 * for an employee signing in who asks for it, the skip's confirmation).
 */
import "server-only";
import { getDb } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { totpEnrolledMail } from "@/lib/mail/templates";
import { audit } from "../audit";
import { normaliseCode } from "../code-input";
import { consumeEmailCode } from "../email-code";
import { advance, type Flow } from "../flow-store";
import { allowedFactors } from "../policy";
import { acceptTotp, replaceRecoveryCodes } from "../second-factor";
import { resetFailures } from "../throttle";
import { claimCodeAttempt, codeFailure } from "./attempts";
import { type FlowContext, movedTo } from "./context";
import { finish } from "./finish";
import { mailCodeAndGo } from "./full-mode";
import { maySetSkip, skipRefusal } from "./rules";
import { expired, goTo, type Outcome, refuse, type StepError } from "./outcome";
import { STAGE_PATHS, type Stage } from "./transitions";

export async function setupStep(ctx: FlowContext, method: "totp" | "email"): Promise<Outcome> {
  if (!allowedFactors(ctx.account.role).includes(method === "totp" ? "TOTP" : "EMAIL")) return expired();
  // Both start with a code sent to the registered address: for the e-mail method it is the
  // factor itself; for the Authenticator it proves more than the password before a phone is bound.
  // Nothing is recorded here: choosing proves nothing. The e-mail method is recorded
  // when its first code is verified (second-factor.ts recordEmailFactor).
  const stage: Stage = method === "email" ? "second_factor" : "enrol_email";
  if (!(await advance(getDb(), ctx.flow, stage))) return expired();
  return mailCodeAndGo(movedTo(ctx, stage));
}

/** The mailbox proof before binding an Authenticator. */
export async function enrolEmailStep(ctx: FlowContext, rawCode: unknown): Promise<Outcome> {
  const { account, flow, req, now } = ctx;
  const claim = await claimCodeAttempt(ctx);
  if (!claim.ok) return refuse("locked");
  const check = await consumeEmailCode(flow, normaliseCode(rawCode), now);
  if (check !== "ok") return codeFailure(ctx, check === "expired" ? "code_expired" : "wrong_code", claim);
  await resetFailures(account.id, ["second_factor"]);
  await audit("code.ok", { accountId: account.id, loginId: account.loginId }, req, { method: "email", purpose: "enrolment" });
  return (await advance(getDb(), flow, "enrol_totp")) ? goTo(STAGE_PATHS.enrol_totp) : expired();
}

/** The name shown in the Authenticator app: printable text only (PostgreSQL also refuses NUL), 40 characters at most. */
export async function setNicknameStep(ctx: FlowContext, raw: unknown): Promise<Outcome> {
  const nickname = typeof raw === "string" ? [...raw.normalize("NFC").replace(/\p{Cc}/gu, "").trim()].slice(0, 40).join("").trim() : "";
  await getDb().totpCredential.updateMany({ where: { accountId: ctx.flow.accountId, confirmedAt: null }, data: { nickname: nickname || null } });
  return goTo(STAGE_PATHS.enrol_totp);
}

export type ConfirmTotpResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: StepError };

/** Confirms the Authenticator with a first code; answers the recovery codes to show once. */
export async function confirmTotpStep(ctx: FlowContext, rawCode: unknown): Promise<ConfirmTotpResult> {
  const { account, flow, req, now } = ctx;
  const claim = await claimCodeAttempt(ctx);
  if (!claim.ok) return { ok: false, error: "locked" };
  const outcome = await enrolTotp(flow, normaliseCode(rawCode), now);
  if (outcome === "wrong_code") {
    const r = await codeFailure(ctx, "wrong_code", claim);
    return r.ok ? { ok: false, error: "wrong_code" } : { ok: false, error: r.error };
  }
  if (outcome === "flow_expired") return { ok: false, error: "flow_expired" };
  await resetFailures(account.id, ["second_factor"]);
  await audit("totp.enrolled", { accountId: account.id, loginId: account.loginId }, req);
  await sendMail({ to: account.email, ...totpEnrolledMail(account.locale, { loginId: account.loginId }) });
  return { ok: true, recoveryCodes: outcome };
}

/** Thrown inside a transaction to undo it, carrying the step's answer out. */
class Undo extends Error {
  constructor(readonly outcome: "wrong_code" | "flow_expired") {
    super(outcome);
  }
}

/**
 * Binds the Authenticator (confirmedAt, first time step), records the method,
 * writes the recovery codes and moves the flow on — one transaction, so a
 * failure anywhere leaves no half-enrolled account behind.
 */
async function enrolTotp(flow: Flow, code: string, now: Date): Promise<string[] | "wrong_code" | "flow_expired"> {
  const accountId = flow.accountId;
  try {
    return await getDb().$transaction(async (tx) => {
      if (!(await acceptTotp(accountId, code, now, { confirmed: false }, tx))) throw new Undo("wrong_code");
      if (!(await advance(tx, flow, "recovery_codes", { enrolled: true }))) throw new Undo("flow_expired");
      await tx.account.update({ where: { id: accountId }, data: { secondFactor: "TOTP" } });
      return replaceRecoveryCodes(accountId, tx);
    });
  } catch (err) {
    if (err instanceof Undo) return err.outcome;
    throw err;
  }
}

/**
 * The recovery codes were shown: the flow is done — or, when 「次回以降、…省略する」
 * was ticked at this end of the enrolment, on to the same confirmation screen as
 * after a code (second-factor.ts verifyStep), by the same rule (rules.ts maySetSkip).
 */
export async function finishRecoveryCodesStep(ctx: FlowContext, remember: boolean): Promise<Outcome> {
  const { account, flow, req } = ctx;
  if (remember && maySetSkip(account, flow)) {
    return (await advance(getDb(), flow, "remember_confirm", { mode: "FULL" })) ? goTo(STAGE_PATHS.remember_confirm) : expired();
  }
  if (remember) await audit("skip.rejected", { accountId: account.id, loginId: account.loginId }, req, { reason: skipRefusal(account), purpose: "set" });
  return finish(ctx, "FULL");
}
