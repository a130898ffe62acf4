/**
 * The sign-in state machine, step by step (see ARCHITECTURE.md):
 *
 *   password ─┬─ initial password → change_password ─┐ (then as below; nothing signed in before)
 *             ├─ sharoushi ────────────────────────────────────┐
 *             └─ employee → choose ─┬─ limited ────────────────┼───────────────────→ gate (session)
 *                                   ├─ full + this account's   │
 *                                   │  valid skip cookie ──────┼───────────────────→ gate (FULL)
 *                                   └─ full ───────────────────┤
 *                                second_factor ← has a factor ─┤
 *                                  ├─ code ok ─────────────────────────────────────→ gate
 *                                  └─ code ok + "skip next time" (employees)
 *                                       → remember_confirm ─ [OK] sets the skip ───→ gate
 *                                                          └ decline ──────────────→ gate
 *                                setup → enrol_email → enrol_totp → recovery_codes → gate
 *                                setup (e-mail) → second_factor: the first verified code records EMAIL
 *
 * The skip (remembered-browser.ts) is checked only after a correct password at
 * this sign-in, only when an employee with an enrolled factor chooses the full
 * mode; never for sharoushi accounts (their cookie is checked only to log the
 * refusal) and never at step-up from a limited session, which has no fresh password.
 *
 * Every function loads the flow from the browser's cookie, checks that it is at
 * the expected stage, and moves it on with a conditional update, so skipped,
 * repeated or parallel steps do nothing. Server actions call these and nothing else.
 */
import "server-only";
import { cookies } from "next/headers";
import { requestNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { browserRememberedMail } from "@/lib/mail/remembered-browser-mail";
import { sendMail } from "@/lib/mail/send";
import { recoveryCodeUsedMail, totpEnrolledMail } from "@/lib/mail/templates";
import { type AuthAccount, loadAuthAccount } from "./account";
import { audit } from "./audit";
import { normaliseCode, normaliseRecoveryCode } from "./code-input";
import { consumeEmailCode, emailCodeState, issueEmailCode, maskEmail, type SendCodeResult } from "./email-code";
import { advance, createFlow, currentFlow, forgetFlow, setFlowCookie, type Flow, type Stage } from "./flow-store";
import { setAuthCookie } from "./cookies";
import { completeFlow } from "./gate";
import { KNOWN_BROWSER_COOKIE, isKnownBrowser } from "./known-browser";
import { dummyPasswordHash, verifyPassword } from "./password";
import { checkNewPassword, type PasswordProblem } from "./password-policy";
import { prepareNewPassword, writeNewPassword } from "./password-change";
import { allowedFactors, auditableLoginId, maySkipSecondFactor, normaliseLoginId, showsChooser } from "./policy";
import { browserLabel, checkSkip, rememberBrowser, skipCookieName, SKIP_DAYS } from "./remembered-browser";
import { getRequestInfo, type RequestInfo } from "./request-info";
import { acceptTotp, remainingRecoveryCodes, replaceRecoveryCodes, redeemRecoveryCode } from "./second-factor";
import { openTotpSecret, sealTotpSecret } from "./totp-secret";
import type { Session } from "./session";
import { claimAttempt, isIpLimited, recordIpFailure, resetFailures, type Bucket, type Claim } from "./throttle";
import { groupedKey, newTotpSecret, totpUri } from "./totp";

export const STAGE_PATHS: Record<Stage, string> = {
  change_password: "/login/change-password",
  choose: "/login/choose",
  second_factor: "/login/verify",
  setup: "/login/setup",
  enrol_email: "/login/setup/email",
  enrol_totp: "/login/setup/authenticator",
  recovery_codes: "/login/setup/recovery-codes",
  remember_confirm: "/login/remember",
  done: "/login",
};

export type StepResult =
  | { ok: true; next: string }
  | { ok: true; grant: string; accountId: string }
  | { ok: false; error: StepError; retryAfterMs?: number };

export type StepError =
  | "invalid_credentials"
  | "flow_expired"
  | "wrong_code"
  | "code_expired"
  | "locked"
  | "mail_failed"
  | "cooldown"
  | "too_many_codes"
  | "not_allowed";

// ---- step 1: ID + password ------------------------------------------------

export async function passwordStep(input: { loginId: unknown; password: unknown }): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const loginId = normaliseLoginId(input.loginId);
  const password = typeof input.password === "string" ? input.password : "";
  const loggedId = auditableLoginId(loginId);
  // A limited address gets the same answer before any work: no lookup, no hash.
  if (await isIpLimited(req.ip, now)) {
    await audit("ip.limited", { loginId: loggedId }, req);
    return { ok: false, error: "invalid_credentials" };
  }
  const db = getDb();
  const account = loginId
    ? await db.account.findUnique({ where: { loginId }, select: { id: true, passwordHash: true, disabled: true, role: true, mustChangePassword: true } })
    : null;

  // Always one argon2 verification, so an unknown ID takes as long as a wrong password.
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
  const fail = async (reason: string, accountId: string | null = null): Promise<StepResult> => {
    await recordIpFailure(req.ip, now);
    await audit("password.failed", { accountId, loginId: loggedId }, req, { reason });
    return { ok: false, error: "invalid_credentials" };
  };

  if (!account || password.length === 0) return fail(account ? "empty_password" : "unknown_id", account?.id);

  const known = await isKnownBrowser((await cookies()).get(KNOWN_BROWSER_COOKIE)?.value, account.id, now);
  const bucket: Bucket = known ? "password:known" : "password:other";
  // Counted before the verification's result is used: of parallel guesses only as many
  // count as the bucket allows, and a refused one learns nothing.
  const claim = await claimAttempt(account.id, bucket, now);
  if (!claim.ok) return fail("locked", account.id);
  if (!passwordOk) {
    if (claim.locked) await audit("account.locked", { accountId: account.id, loginId }, req, { bucket, failures: claim.failures });
    return fail("wrong_password", account.id);
  }
  if (account.disabled) return fail("disabled", account.id);

  await resetFailures(account.id, [bucket]);
  await audit("password.ok", { accountId: account.id, loginId }, req, { knownBrowser: known });
  await forgetFlow();
  if (account.mustChangePassword) {
    const { token } = await createFlow(account.id, "change_password", req, now, showsChooser(account.role) ? {} : { mode: "FULL" });
    await setFlowCookie(token);
    return { ok: true, next: STAGE_PATHS.change_password };
  }
  if (showsChooser(account.role)) {
    const { token } = await createFlow(account.id, "choose", req, now);
    await setFlowCookie(token);
    return { ok: true, next: STAGE_PATHS.choose };
  }
  // Sharoushi accounts never skip: a skip cookie sent for one is only logged as refused.
  await checkSkip({ id: account.id, loginId, role: account.role }, await skipCookieOf(account.id), req, now);
  const { flow, token } = await createFlow(account.id, "choose", req, now, { mode: "FULL" });
  await setFlowCookie(token);
  return towardsFullMode(flow, req, now);
}

async function skipCookieOf(accountId: string): Promise<string | undefined> {
  return (await cookies()).get(skipCookieName(accountId))?.value;
}

// ---- the forced change of an initial password ------------------------------------

export type ChangePasswordResult = StepResult | { ok: false; error: "password_problem"; problem: PasswordProblem | "same_as_current" };

/**
 * An account created with an initial password (mustChangePassword) sets its own
 * before the chooser or the second factor. The flow's move on (a conditional
 * update, so of two parallel submissions only one writes a password) and the
 * write are one transaction: if the write fails, the flow stays where it was.
 */
export async function changeInitialPasswordStep(rawPassword: string): Promise<ChangePasswordResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "change_password") return { ok: false, error: "flow_expired" };
  const db = getDb();
  const row = await db.account.findUnique({ where: { id: flow.accountId }, select: { id: true, loginId: true, role: true, disabled: true, passwordHash: true } });
  if (!row || row.disabled) return { ok: false, error: "flow_expired" };
  const problem = checkNewPassword(rawPassword, row.loginId);
  if (problem) return { ok: false, error: "password_problem", problem };
  if (await verifyPassword(row.passwordHash, rawPassword)) return { ok: false, error: "password_problem", problem: "same_as_current" };
  const prepared = await prepareNewPassword(row.loginId, rawPassword);
  if (!prepared.ok) return { ok: false, error: "password_problem", problem: prepared.problem };
  const moved = await db.$transaction(async (tx) => {
    if (!(await advance(flow, "choose", {}, tx))) return false;
    await writeNewPassword(tx, row.id, prepared.passwordHash, { keepFlowId: flow.id }, now);
    return true;
  });
  if (!moved) return { ok: false, error: "flow_expired" };
  await audit("password.changed", { accountId: row.id, loginId: row.loginId }, req, { reason: "initial" });
  if (showsChooser(row.role)) return { ok: true, next: STAGE_PATHS.choose };
  return towardsFullMode({ ...flow, stage: "choose" }, req, now);
}

// ---- step 2 (employees): 二要素認証 ログイン選択 -----------------------------

export async function chooseStep(choice: "full" | "limited" | "cancel"): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (choice === "cancel") {
    if (flow) await audit("chooser.cancel", { accountId: flow.accountId }, req);
    await forgetFlow();
    return { ok: true, next: "/login" };
  }
  if (!flow || flow.stage !== "choose") return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled || !showsChooser(account.role)) return { ok: false, error: "flow_expired" };
  if (choice === "limited") {
    await audit("chooser.limited", { accountId: account.id, loginId: account.loginId }, req);
    const grant = await completeFlow(flow, "LIMITED", now);
    return grant ? { ok: true, grant, accountId: flow.accountId } : { ok: false, error: "flow_expired" };
  }
  await audit("chooser.full", { accountId: account.id, loginId: account.loginId }, req);
  // ワンタイムパスワード入力の省略: right after this sign-in's password, for an account
  // that has a factor (one that must still enrol cannot skip enrolling).
  if (hasFactor(account) && maySkipSecondFactor(account.role)) {
    const skip = await checkSkip(account, await skipCookieOf(account.id), req, now);
    if (skip === "skip") {
      const grant = await completeFlow(flow, "FULL", now);
      return grant ? { ok: true, grant, accountId: flow.accountId } : { ok: false, error: "flow_expired" };
    }
  }
  return towardsFullMode(flow, req, now);
}

/**
 * An account without a factor reaches second_factor only from setup (e-mail
 * chosen): its first verified code proves the mailbox, and only then is the
 * method recorded. Conditional, so a parallel enrolment is not overwritten.
 */
async function recordEmailFactor(account: AuthAccount, req: RequestInfo) {
  if (!allowedFactors(account.role).includes("EMAIL")) return;
  const { count } = await getDb().account.updateMany({ where: { id: account.id, secondFactor: null }, data: { secondFactor: "EMAIL" } });
  if (count === 1) await audit("email_factor.enrolled", { accountId: account.id, loginId: account.loginId }, req);
}

function hasFactor(account: AuthAccount): boolean {
  return account.hasTotp || (account.secondFactor === "EMAIL" && allowedFactors(account.role).includes("EMAIL"));
}

/** From "choose" (or a fresh step-up flow) to the second-factor step that fits the account. */
async function towardsFullMode(flow: Flow, req: RequestInfo, now: Date): Promise<StepResult> {
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return { ok: false, error: "flow_expired" };
  if (account.hasTotp) {
    return (await advance(flow, "second_factor", { mode: "FULL" })) ? { ok: true, next: STAGE_PATHS.second_factor } : { ok: false, error: "flow_expired" };
  }
  if (account.secondFactor === "EMAIL" && allowedFactors(account.role).includes("EMAIL")) {
    if (!(await advance(flow, "second_factor", { mode: "FULL" }))) return { ok: false, error: "flow_expired" };
    const sent = await issueEmailCode({ ...flow, stage: "second_factor" }, account, req, now);
    return sent.ok ? { ok: true, next: STAGE_PATHS.second_factor } : { ok: true, next: `${STAGE_PATHS.second_factor}?send=failed` };
  }
  // No factor yet: employees pick one; sharoushi accounts enrol the Authenticator.
  const stage: Stage = allowedFactors(account.role).length > 1 ? "setup" : "enrol_email";
  if (!(await advance(flow, stage, { mode: "FULL" }))) return { ok: false, error: "flow_expired" };
  if (stage === "enrol_email") {
    const sent = await issueEmailCode({ ...flow, stage }, account, req, now);
    // The page says the mail failed and offers 再送信 (a failed send leaves no cool-down).
    if (!sent.ok) return { ok: true, next: `${STAGE_PATHS.enrol_email}?send=failed` };
  }
  return { ok: true, next: STAGE_PATHS[stage] };
}

// ---- step 3: the second factor ---------------------------------------------

/** `remember`: the box 「次回以降、…省略する」 was ticked; employees only, whatever the form says. */
export async function verifyStep(rawCode: unknown, remember = false): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "second_factor") return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return { ok: false, error: "flow_expired" };
  const claim = await claimCodeAttempt(account, req, now);
  if (!claim.ok) return { ok: false, error: "locked" };

  const code = normaliseCode(rawCode);
  let method: "totp" | "email" | "recovery" | null = null;
  let emailExpired = false;
  if (/^\d{6}$/.test(code)) {
    if (account.hasTotp && (await acceptTotp(account.id, code, now))) method = "totp";
    else {
      const check = await consumeEmailCode(flow, code, now);
      if (check === "ok") method = "email";
      emailExpired = check === "expired";
    }
  } else if (account.hasTotp) {
    const remaining = await redeemRecoveryCode(account.id, normaliseRecoveryCode(rawCode), now);
    if (remaining !== null) {
      method = "recovery";
      await audit("recovery.used", { accountId: account.id, loginId: account.loginId }, req, { remaining });
      await sendMail({ to: account.email, ...recoveryCodeUsedMail(account.locale, { loginId: account.loginId, remaining }) });
    }
  }

  if (!method) return secondFactorFailure(account, req, emailExpired ? "code_expired" : "wrong_code", claim, now);
  await resetFailures(account.id, ["second_factor"]);
  await audit("code.ok", { accountId: account.id, loginId: account.loginId }, req, { method });
  if (method === "email" && !hasFactor(account)) await recordEmailFactor(account, req);
  if (remember && maySetSkip(account, flow)) {
    // Not signed in yet: the confirmation screen comes first, and only its [OK] sets the skip.
    return (await advance(flow, "remember_confirm", { mode: "FULL" })) ? { ok: true, next: STAGE_PATHS.remember_confirm } : { ok: false, error: "flow_expired" };
  }
  if (remember) await audit("skip.rejected", { accountId: account.id, loginId: account.loginId }, req, { reason: skipRefusal(account), purpose: "set" });
  const grant = await completeFlow(flow, "FULL", now);
  return grant ? { ok: true, grant, accountId: flow.accountId } : { ok: false, error: "flow_expired" };
}

/**
 * A skip is set only at a sign-in (docs/requirements.md R-SKIP-12: the code
 * screen of the login),
 * by an employee: never at step-up, where no password was entered, since a skip
 * stands in for the code only after a correct password (ARCHITECTURE.md).
 */
function maySetSkip(account: AuthAccount, flow: Flow): boolean {
  return maySkipSecondFactor(account.role) && !flow.stepUpFromSession;
}

function skipRefusal(account: AuthAccount): "role" | "step_up" {
  return maySkipSecondFactor(account.role) ? "step_up" : "role";
}

// ---- ワンタイムパスワード省略設定確認 -----------------------------------------------

/**
 * [OK] (`confirm`) sets the skip for this browser and signs in; declining signs
 * in without it. The flow completes first, so a double click sets one skip.
 */
export async function rememberConfirmStep(confirm: boolean): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "remember_confirm") return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return { ok: false, error: "flow_expired" };
  const grant = await completeFlow(flow, "FULL", now);
  if (!grant) return { ok: false, error: "flow_expired" };
  if (confirm && !maySetSkip(account, flow)) {
    // verifyStep never leads a step-up here; should a flow arrive anyway, it sets nothing.
    await audit("skip.rejected", { accountId: account.id, loginId: account.loginId }, req, { reason: skipRefusal(account), purpose: "set" });
  } else if (confirm) {
    const remembered = await rememberBrowser(account, req, now);
    if (remembered) {
      await setAuthCookie(remembered.name, remembered.value, { expires: remembered.expiresAt });
      const browser = browserLabel(req.userAgent);
      await audit("skip.set", { accountId: account.id, loginId: account.loginId }, req, { browser, expiresAt: remembered.expiresAt.toISOString() });
      await sendMail({ to: account.email, ...browserRememberedMail(account.locale, { loginId: account.loginId, browser, at: now, expiresAt: remembered.expiresAt }) });
    } else {
      await audit("skip.rejected", { accountId: account.id, loginId: account.loginId }, req, { reason: "role", purpose: "set" });
    }
  }
  return { ok: true, grant, accountId: flow.accountId };
}

export type RememberView = { loginId: string; browser: string; expiresAt: Date };

/** What the confirmation screen states: whose skip, for which browser, until when. */
export async function rememberView(): Promise<RememberView | null> {
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "remember_confirm") return null;
  const account = await loadAuthAccount(flow.accountId);
  if (!account) return null;
  const req = await getRequestInfo();
  return { loginId: account.loginId, browser: browserLabel(req.userAgent), expiresAt: new Date(now.getTime() + SKIP_DAYS * 86_400_000) };
}

/**
 * Before any code is compared: the address's limit, then one attempt counted in the
 * account's "second_factor" bucket (throttle.ts claimAttempt), so parallel guesses are
 * compared only as often as the bucket allows. Refusals are logged here.
 */
async function claimCodeAttempt(account: AuthAccount, req: RequestInfo, now: Date): Promise<Extract<Claim, { ok: true }> | { ok: false }> {
  const who = { accountId: account.id, loginId: account.loginId };
  if (await isIpLimited(req.ip, now)) {
    await audit("ip.limited", who, req, { step: "code" });
    return { ok: false };
  }
  const claim = await claimAttempt(account.id, "second_factor", now);
  if (!claim.ok) await audit("code.failed", who, req, { reason: "locked" });
  return claim;
}

/** A compared code was wrong: already counted by claimCodeAttempt; the address's failure and the log. */
async function secondFactorFailure(account: AuthAccount, req: RequestInfo, error: "wrong_code" | "code_expired", claim: { failures: number; locked: boolean }, now: Date): Promise<StepResult> {
  await recordIpFailure(req.ip, now);
  await audit("code.failed", { accountId: account.id, loginId: account.loginId }, req, { reason: error });
  if (claim.locked) await audit("account.locked", { accountId: account.id, loginId: account.loginId }, req, { bucket: "second_factor", failures: claim.failures });
  return { ok: false, error: claim.locked ? "locked" : error };
}

/** "Send the code by e-mail" / "send again". */
export async function sendCodeStep(): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || (flow.stage !== "second_factor" && flow.stage !== "enrol_email")) return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return { ok: false, error: "flow_expired" };
  // The e-mail factor is the employees'; for sharoushi accounts mail only proves the mailbox at enrolment.
  if (flow.stage === "second_factor" && !allowedFactors(account.role).includes("EMAIL")) return { ok: false, error: "not_allowed" };
  return sendResult(await issueEmailCode(flow, account, req, now), flow.stage);
}

function sendResult(sent: SendCodeResult, stage: Stage): StepResult {
  if (sent.ok) return { ok: true, next: STAGE_PATHS[stage] };
  if (sent.reason === "cooldown") return { ok: false, error: "cooldown", retryAfterMs: sent.retryAfterMs };
  if (sent.reason === "too_many") return { ok: false, error: "too_many_codes" };
  return { ok: false, error: "mail_failed" };
}

// ---- enrolment ---------------------------------------------------------------

/** Employees without a factor: Authenticator app, or codes by e-mail. */
export async function setupStep(method: "totp" | "email"): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "setup") return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled || !allowedFactors(account.role).includes(method === "totp" ? "TOTP" : "EMAIL")) {
    return { ok: false, error: "flow_expired" };
  }
  // Both start with a code sent to the registered address: for the e-mail method it is the
  // factor itself; for the Authenticator it proves more than the password before a phone is bound.
  const stage: Stage = method === "email" ? "second_factor" : "enrol_email";
  // Nothing is recorded here: choosing proves nothing. The e-mail method is recorded
  // when its first code is verified (verifyStep → recordEmailFactor).
  if (!(await advance(flow, stage))) return { ok: false, error: "flow_expired" };
  const sent = await issueEmailCode({ ...flow, stage }, account, req, now);
  return sent.ok ? { ok: true, next: STAGE_PATHS[stage] } : { ok: true, next: `${STAGE_PATHS[stage]}?send=failed` };
}

/** The mailbox proof before binding an Authenticator. */
export async function enrolEmailStep(rawCode: unknown): Promise<StepResult> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "enrol_email") return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return { ok: false, error: "flow_expired" };
  const claim = await claimCodeAttempt(account, req, now);
  if (!claim.ok) return { ok: false, error: "locked" };
  const check = await consumeEmailCode(flow, normaliseCode(rawCode), now);
  if (check !== "ok") return secondFactorFailure(account, req, check === "expired" ? "code_expired" : "wrong_code", claim, now);
  await resetFailures(account.id, ["second_factor"]);
  await audit("code.ok", { accountId: account.id, loginId: account.loginId }, req, { method: "email", purpose: "enrolment" });
  return (await advance(flow, "enrol_totp")) ? { ok: true, next: STAGE_PATHS.enrol_totp } : { ok: false, error: "flow_expired" };
}

export type EnrolmentView = { loginId: string; uri: string; key: string; nickname: string | null };

/**
 * The secret being enrolled (created on first view, kept until confirmed). It is
 * shown only at stage enrol_totp, which no confirmed account ever reaches again.
 */
export async function enrolmentView(): Promise<EnrolmentView | null> {
  const flow = await currentFlow(await requestNow());
  if (!flow || flow.stage !== "enrol_totp") return null;
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.hasTotp) return null;
  const db = getDb();
  let cred = await db.totpCredential.findUnique({ where: { accountId: account.id } });
  if (!cred) {
    cred = await db.totpCredential.upsert({
      where: { accountId: account.id },
      create: { accountId: account.id, secretEnc: sealTotpSecret(account.id, newTotpSecret()) },
      update: {},
    });
  }
  const secret = openTotpSecret(account.id, cred.secretEnc);
  return { loginId: account.loginId, uri: totpUri(secret, account.loginId, cred.nickname), key: groupedKey(secret), nickname: cred.nickname };
}

export async function setNicknameStep(raw: unknown): Promise<StepResult> {
  const flow = await currentFlow(await requestNow());
  if (!flow || flow.stage !== "enrol_totp") return { ok: false, error: "flow_expired" };
  // Shown in the Authenticator app: printable text only (PostgreSQL also refuses NUL), 40 characters at most.
  const nickname = typeof raw === "string" ? [...raw.normalize("NFC").replace(/\p{Cc}/gu, "").trim()].slice(0, 40).join("").trim() : "";
  await getDb().totpCredential.updateMany({ where: { accountId: flow.accountId, confirmedAt: null }, data: { nickname: nickname || null } });
  return { ok: true, next: STAGE_PATHS.enrol_totp };
}

/** Confirms the Authenticator with a first code; returns the recovery codes to show once. */
export async function confirmTotpStep(rawCode: unknown): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; error: StepError }> {
  const req = await getRequestInfo();
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "enrol_totp") return { ok: false, error: "flow_expired" };
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return { ok: false, error: "flow_expired" };
  const claim = await claimCodeAttempt(account, req, now);
  if (!claim.ok) return { ok: false, error: "locked" };
  const outcome = await enrolTotp(flow, account.id, normaliseCode(rawCode), now);
  if (outcome === "wrong_code") {
    const r = await secondFactorFailure(account, req, "wrong_code", claim, now);
    return r.ok ? { ok: false, error: "wrong_code" } : r;
  }
  if (outcome === "flow_expired") return { ok: false, error: "flow_expired" };
  const recoveryCodes = outcome;
  await resetFailures(account.id, ["second_factor"]);
  await audit("totp.enrolled", { accountId: account.id, loginId: account.loginId }, req);
  await sendMail({ to: account.email, ...totpEnrolledMail(account.locale, { loginId: account.loginId }) });
  return { ok: true, recoveryCodes };
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
async function enrolTotp(flow: Flow, accountId: string, code: string, now: Date): Promise<string[] | "wrong_code" | "flow_expired"> {
  try {
    return await getDb().$transaction(async (tx) => {
      if (!(await acceptTotp(accountId, code, now, { confirmed: false }, tx))) throw new Undo("wrong_code");
      if (!(await advance(flow, "recovery_codes", {}, tx))) throw new Undo("flow_expired");
      await tx.account.update({ where: { id: accountId }, data: { secondFactor: "TOTP" } });
      return replaceRecoveryCodes(accountId, tx);
    });
  } catch (err) {
    if (err instanceof Undo) return err.outcome;
    throw err;
  }
}

export async function finishRecoveryCodesStep(): Promise<StepResult> {
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow || flow.stage !== "recovery_codes") return { ok: false, error: "flow_expired" };
  const grant = await completeFlow(flow, "FULL", now);
  return grant ? { ok: true, grant, accountId: flow.accountId } : { ok: false, error: "flow_expired" };
}

// ---- step-up from a limited session -----------------------------------------

export async function stepUpStep(session: Session): Promise<StepResult> {
  if (session.mode !== "LIMITED") return { ok: true, next: "/home" };
  const req = await getRequestInfo();
  const now = await requestNow();
  await forgetFlow();
  const { flow, token } = await createFlow(session.accountId, "choose", req, now, { mode: "FULL", stepUpFromSession: session.sid });
  await setFlowCookie(token);
  return towardsFullMode(flow, req, now);
}

// ---- what the pages show ------------------------------------------------------

export type FlowView = {
  stage: Stage;
  loginId: string;
  displayName: string;
  role: AuthAccount["role"];
  hasTotp: boolean;
  mayUseEmail: boolean;
  maskedEmail: string;
  emailCodeActive: boolean;
  emailCodeExpiresAt: Date | null;
  stepUp: boolean;
  remainingRecoveryCodes: number;
  /** Whether the code screen offers 「次回以降、…省略する」 (employees signing in; never at step-up). */
  mayRemember: boolean;
};

export async function flowView(): Promise<FlowView | null> {
  const now = await requestNow();
  const flow = await currentFlow(now);
  if (!flow) return null;
  const account = await loadAuthAccount(flow.accountId);
  if (!account || account.disabled) return null;
  const emailCode = await emailCodeState(flow, now);
  return {
    stage: flow.stage,
    loginId: account.loginId,
    displayName: account.displayName,
    role: account.role,
    hasTotp: account.hasTotp,
    mayUseEmail: allowedFactors(account.role).includes("EMAIL"),
    maskedEmail: maskEmail(account.email),
    emailCodeActive: !!emailCode?.active,
    emailCodeExpiresAt: emailCode?.expiresAt ?? null,
    stepUp: !!flow.stepUpFromSession,
    remainingRecoveryCodes: account.hasTotp ? await remainingRecoveryCodes(account.id) : 0,
    mayRemember: maySetSkip(account, flow),
  };
}
