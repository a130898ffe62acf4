/**
 * `remember_confirm`: ワンタイムパスワード省略設定確認. [OK] (`confirm`) sets the
 * skip for this browser and signs in; declining signs in without it. The flow
 * completes first, so a double click sets one skip.
 */
import "server-only";
import { browserRememberedMail } from "@/lib/mail/remembered-browser-mail";
import { sendMail } from "@/lib/mail/send";
import { audit } from "../audit";
import { browserLabel, rememberBrowser } from "../remembered-browser";
import type { FlowContext } from "./context";
import { finish } from "./finish";
import { type Outcome, withCookies } from "./outcome";
import { maySetSkip, skipRefusal } from "./rules";

export async function rememberConfirmStep(ctx: FlowContext, confirm: boolean): Promise<Outcome> {
  const { account, flow, req, now } = ctx;
  const who = { accountId: account.id, loginId: account.loginId };
  const done = await finish(ctx, "FULL");
  if (!done.ok || !confirm) return done;
  if (!maySetSkip(account, flow)) {
    // verifyStep never leads a step-up here; should a flow arrive anyway, it sets nothing.
    await audit("skip.rejected", who, req, { reason: skipRefusal(account), purpose: "set" });
    return done;
  }
  const remembered = await rememberBrowser(account, req, now);
  if (!remembered) {
    await audit("skip.rejected", who, req, { reason: "role", purpose: "set" });
    return done;
  }
  const browser = browserLabel(req.userAgent);
  await audit("skip.set", who, req, { browser, expiresAt: remembered.expiresAt.toISOString() });
  await sendMail({ to: account.email, ...browserRememberedMail(account.locale, { loginId: account.loginId, browser, at: now, expiresAt: remembered.expiresAt }) });
  return withCookies(done, [{ name: remembered.name, value: remembered.value, lifetime: { expires: remembered.expiresAt } }]);
}
