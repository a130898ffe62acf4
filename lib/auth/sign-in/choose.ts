/** `choose` (employees): 二要素認証 ログイン選択 — limited, full, or cancel (docs/requirements.md R-CHOOSE-1). */
import "server-only";
import { audit } from "../audit";
import { deleteFlowByToken, FLOW_COOKIE } from "../flow-store";
import { maySkipSecondFactor, showsChooser } from "../policy";
import { checkSkip, skipCookieName } from "../remembered-browser";
import type { FlowContext, RequestContext } from "./context";
import { finish } from "./finish";
import { towardsFullMode } from "./full-mode";
import { clearFlowCookie, expired, goTo, type Outcome } from "./outcome";
import { hasFactor } from "./rules";

export async function chooseStep(ctx: FlowContext, choice: "full" | "limited"): Promise<Outcome> {
  const { account, req, now } = ctx;
  const who = { accountId: account.id, loginId: account.loginId };
  if (!showsChooser(account.role)) return expired();
  if (choice === "limited") {
    await audit("chooser.limited", who, req);
    return finish(ctx, "LIMITED");
  }
  await audit("chooser.full", who, req);
  // ワンタイムパスワード入力の省略: right after this sign-in's password, for an account
  // that has a factor (one that must still enrol cannot skip enrolling).
  if (hasFactor(account) && maySkipSecondFactor(account.role)) {
    const skip = await checkSkip(account, ctx.cookies.get(skipCookieName(account.id)), req, now);
    if (skip === "skip") return finish(ctx, "FULL");
  }
  return towardsFullMode(ctx);
}

/** 「キャンセル」: forgets whatever sign-in this browser has under way, at any stage. */
export async function cancelStep(rc: RequestContext, flow: FlowContext | null): Promise<Outcome> {
  if (flow) await audit("chooser.cancel", { accountId: flow.account.id }, rc.req);
  await deleteFlowByToken(rc.cookies.get(FLOW_COOKIE));
  return goTo("/login", [clearFlowCookie()]);
}
