/** `choose` (employees): 二要素認証 ログイン選択 — limited, full, or cancel (docs/requirements.md R-CHOOSE-1). */
import "server-only";
import { writeNow } from "@/lib/database/side-writes";
import { audit, auditSql } from "../audit";
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
  // The audit line of the choice is written with the move it leads to, in one statement.
  if (choice === "limited") return finish(ctx, "LIMITED", [auditSql("chooser.limited", who, req)]);
  const chose = auditSql("chooser.full", who, req);
  // ワンタイムパスワード入力の省略: right after this sign-in's password, for an account
  // that has a factor (one that must still enrol cannot skip enrolling).
  const skipCookie = hasFactor(account) && maySkipSecondFactor(account.role) ? ctx.cookies.get(skipCookieName(account.id)) : undefined;
  if (skipCookie) {
    await writeNow([chose]); // before the skip's own lines, in the order things happened
    const skip = await checkSkip(account, skipCookie, req, now);
    return skip === "skip" ? finish(ctx, "FULL") : towardsFullMode(ctx);
  }
  return towardsFullMode(ctx, [chose]);
}

/** 「キャンセル」: forgets whatever sign-in this browser has under way, at any stage. */
export async function cancelStep(rc: RequestContext, flow: FlowContext | null): Promise<Outcome> {
  if (flow) await audit("chooser.cancel", { accountId: flow.account.id }, rc.req);
  await deleteFlowByToken(rc.cookies.get(FLOW_COOKIE));
  return goTo("/login", [clearFlowCookie()]);
}
