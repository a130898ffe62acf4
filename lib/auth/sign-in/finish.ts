/**
 * The last move of every flow: to `done`, through the gate (lib/auth/gate.ts
 * completeFlow), which answers the one-time grant the action redeems. Only from
 * a stage the table lets reach `done`. `enrolled`: the flow enrolled a factor
 * (recorded on the flow, or by this very step), which the landing page says.
 */
import "server-only";
import type { SessionMode } from "@/generated/prisma/client";
import type { SideWrites } from "@/lib/database/side-writes";
import { completeFlow } from "../gate";
import type { FlowContext } from "./context";
import { expired, type Outcome } from "./outcome";
import { assertTransition } from "./transitions";

/**
 * `writes`: what the step records with it (its audit line, a cleared bucket), in the same statement.
 * `enrolled`: this step enrolled a factor, so the landing page says that it worked.
 */
export async function finish(ctx: FlowContext, mode: SessionMode, writes: SideWrites = [], opts: { enrolled?: boolean } = {}): Promise<Outcome> {
  assertTransition(ctx.flow.stage, "done");
  const grant = await completeFlow(ctx.flow, mode, ctx.now, writes);
  if (!grant) return expired();
  return ctx.flow.enrolled || opts.enrolled ? { ok: true, grant, accountId: ctx.flow.accountId, enrolled: true } : { ok: true, grant, accountId: ctx.flow.accountId };
}
