/** What the pages of the sign-in stages show, from the same context the steps use. */
import "server-only";
import { getDb } from "@/lib/db";
import type { AuthAccount } from "../account";
import { maskEmail } from "../email-code";
import { allowedFactors } from "../policy";
import { browserLabel, SKIP_DAYS } from "../remembered-browser";
import { openTotpSecret, sealTotpSecret } from "../totp-secret";
import { groupedKey, newTotpSecret, totpUri } from "../totp";
import { flowToken, loadFlowContext, loadRequestContext } from "./context";
import { loadFlowPage } from "./flow-query";
import { maySetSkip } from "./rules";
import type { Stage } from "./transitions";

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
  /** The e-mailed code of this flow has expired (unused): the only way on is to start again. */
  emailCodeExpired: boolean;
  stepUp: boolean;
  remainingRecoveryCodes: number;
  /** Whether the code screen offers 「次回以降、…省略する」 (employees signing in; never at step-up). */
  mayRemember: boolean;
};

export async function flowView(): Promise<FlowView | null> {
  // One statement: the flow, its account, its mailed code and the recovery codes left.
  const rc = await loadRequestContext();
  const token = flowToken(rc);
  const loaded = token ? await loadFlowPage(token, rc.now) : null;
  if (!loaded || loaded.account.disabled) return null;
  const { account, flow, emailCode } = loaded;
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
    emailCodeExpired: !!emailCode && !emailCode.active,
    stepUp: !!flow.stepUpFromSession,
    remainingRecoveryCodes: loaded.recoveryCodesLeft,
    mayRemember: maySetSkip(account, flow),
  };
}

export type RememberView = { loginId: string; browser: string; expiresAt: Date };

/** What the confirmation screen states: whose skip, for which browser, until when. */
export async function rememberView(): Promise<RememberView | null> {
  const ctx = await loadFlowContext(["remember_confirm"]);
  if (!ctx) return null;
  return { loginId: ctx.account.loginId, browser: browserLabel(ctx.req.userAgent), expiresAt: new Date(ctx.now.getTime() + SKIP_DAYS * 86_400_000) };
}

export type EnrolmentView = {
  loginId: string;
  uri: string;
  /** The key in groups of four, as users type it. */
  keyGroups: string[];
  nickname: string | null;
  /** Whether the end of the enrolment offers 「次回以降、…省略する」 (as the code screen does). */
  mayRemember: boolean;
};

/**
 * The secret being enrolled (created on first view, kept until confirmed). It is
 * shown only at stage enrol_totp, which no confirmed account ever reaches again.
 */
export async function enrolmentView(): Promise<EnrolmentView | null> {
  const ctx = await loadFlowContext(["enrol_totp"]);
  if (!ctx || ctx.account.hasTotp) return null;
  const { account, flow } = ctx;
  const db = getDb();
  const cred =
    (await db.totpCredential.findUnique({ where: { accountId: account.id } })) ??
    (await db.totpCredential.upsert({
      where: { accountId: account.id },
      create: { accountId: account.id, secretEnc: sealTotpSecret(account.id, newTotpSecret()) },
      update: {},
    }));
  const secret = openTotpSecret(account.id, cred.secretEnc);
  return {
    loginId: account.loginId,
    uri: totpUri(secret, account.loginId, cred.nickname),
    keyGroups: groupedKey(secret).split(" "),
    nickname: cred.nickname,
    mayRemember: maySetSkip(account, flow),
  };
}
