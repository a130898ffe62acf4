/**
 * What a sign-in step decides on, loaded once by its entry point (index.ts):
 * who is asking (address, browser), the request's instant (lib/clock.ts), the
 * cookies it sent, and — for every step after the password — the flow its
 * cookie names and that flow's account. A flow that is missing, ended, at
 * another stage, or whose account is gone or disabled is refused here, once,
 * for every step.
 */
import "server-only";
import { cookies } from "next/headers";
import { requestNow } from "@/lib/clock";
import type { AuthAccount } from "../account";
import { FLOW_COOKIE, type Flow } from "../flow-store";
import { getRequestInfo, type RequestInfo } from "../request-info";
import { loadFlow } from "./flow-query";
import type { Stage } from "./transitions";

export type RequestContext = {
  req: RequestInfo;
  now: Date;
  /** The cookies the browser sent (a snapshot: steps never read next/headers). */
  cookies: ReadonlyMap<string, string>;
};

export type FlowContext = RequestContext & { flow: Flow; account: AuthAccount };

export async function loadRequestContext(): Promise<RequestContext> {
  const [req, now, jar] = await Promise.all([getRequestInfo(), requestNow(), cookies()]);
  return { req, now, cookies: new Map(jar.getAll().map((c) => [c.name, c.value])) };
}

/** The live flow of this browser with its account, whatever its stage (null: none, or its account cannot sign in). One statement. */
export async function openFlow(rc: RequestContext): Promise<FlowContext | null> {
  const token = flowToken(rc);
  const loaded = token ? await loadFlow(token, rc.now) : null;
  return loaded && !loaded.account.disabled ? { ...rc, ...loaded } : null;
}

/** The flow cookie's token, if it has a plausible one. */
export function flowToken(rc: RequestContext): string | null {
  const token = rc.cookies.get(FLOW_COOKIE);
  return token && token.length <= 100 ? token : null;
}

/** The flow context if the flow is at one of `stages`; null otherwise. */
export async function loadFlowContext(stages: readonly Stage[], rc?: RequestContext): Promise<FlowContext | null> {
  const ctx = await openFlow(rc ?? (await loadRequestContext()));
  return ctx && stages.includes(ctx.flow.stage) ? ctx : null;
}

/** The context after a move this request made itself (the flow row is not re-read). */
export function movedTo(ctx: FlowContext, stage: Stage): FlowContext {
  return { ...ctx, flow: { ...ctx.flow, stage } };
}
