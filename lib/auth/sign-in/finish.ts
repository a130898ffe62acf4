/**
 * The last move of every flow: to `done`, through the gate (lib/auth/gate.ts
 * completeFlow), which answers the one-time grant the action redeems. Only from
 * a stage the table lets reach `done`.
 */
import "server-only";
import type { SessionMode } from "@/generated/prisma/client";
import type { SideWrites } from "@/lib/database/side-writes";
import { completeFlow } from "../gate";
import type { FlowContext } from "./context";
import { expired, type Outcome } from "./outcome";
import { assertTransition } from "./transitions";

/** `writes`: what the step records with it (its audit line, a cleared bucket), in the same statement. */
export async function finish(ctx: FlowContext, mode: SessionMode, writes: SideWrites = []): Promise<Outcome> {
  assertTransition(ctx.flow.stage, "done");
  const grant = await completeFlow(ctx.flow, mode, ctx.now, writes);
  return grant ? { ok: true, grant, accountId: ctx.flow.accountId } : expired();
}
