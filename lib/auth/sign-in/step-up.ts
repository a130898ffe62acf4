/**
 * Step-up from a limited session: a new flow (at `choose`, mode FULL, naming
 * the session the gate will replace) goes straight on to the second factor.
 * Never a skip: no password was entered (rules.ts maySetSkip).
 */
import "server-only";
import { loadAuthAccount } from "../account";
import { createFlow, deleteFlowByToken, FLOW_COOKIE } from "../flow-store";
import type { Session } from "../session";
import type { RequestContext } from "./context";
import { towardsFullMode } from "./full-mode";
import { expired, goTo, type Outcome, setFlowCookie, withCookies } from "./outcome";

export async function stepUpStep(rc: RequestContext, session: Session): Promise<Outcome> {
  if (session.mode !== "LIMITED") return goTo("/home");
  await deleteFlowByToken(rc.cookies.get(FLOW_COOKIE));
  const { flow, token } = await createFlow(session.accountId, "choose", rc.req, rc.now, { mode: "FULL", stepUpFromSession: session.sid });
  const account = await loadAuthAccount(session.accountId);
  const outcome = account && !account.disabled ? await towardsFullMode({ ...rc, flow, account }) : expired();
  return withCookies(outcome, [setFlowCookie(token)]);
}
