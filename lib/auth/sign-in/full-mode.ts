/**
 * From `choose` (after the chooser, straight after the password for sharoushi
 * accounts, or at step-up) to the second-factor step that fits the account:
 * its code screen, the choice of a method, or the enrolment of one.
 */
import "server-only";
import { getDb } from "@/lib/db";
import type { SideWrites } from "@/lib/database/side-writes";
import { issueEmailCode } from "../email-code";
import { advance } from "../flow-store";
import { allowedFactors } from "../policy";
import { type FlowContext, movedTo } from "./context";
import { expired, goTo, type Outcome } from "./outcome";
import { STAGE_PATHS, type Stage } from "./transitions";

/** `writes`: what the caller records with the move (its audit line), in the same statement. */
export async function towardsFullMode(ctx: FlowContext, writes: SideWrites = []): Promise<Outcome> {
  const { account, flow } = ctx;
  const db = getDb();
  if (account.hasTotp) {
    return (await advance(db, flow, "second_factor", { mode: "FULL" }, writes)) ? goTo(STAGE_PATHS.second_factor) : expired();
  }
  // No factor yet: employees pick one; sharoushi accounts enrol the Authenticator.
  const stage: Stage =
    account.secondFactor === "EMAIL" && allowedFactors(account.role).includes("EMAIL")
      ? "second_factor"
      : allowedFactors(account.role).length > 1 ? "setup" : "enrol_email";
  if (!(await advance(db, flow, stage, { mode: "FULL" }, writes))) return expired();
  if (stage === "setup") return goTo(STAGE_PATHS.setup);
  return mailCodeAndGo(movedTo(ctx, stage));
}

/**
 * Mails a code for the stage the flow has just reached and shows that stage.
 * A failed send still shows it: the page says the mail failed and offers 再送信
 * (a failed send leaves no cool-down).
 */
export async function mailCodeAndGo(ctx: FlowContext): Promise<Outcome> {
  const sent = await issueEmailCode(ctx.flow, ctx.account, ctx.req, ctx.now);
  const path = STAGE_PATHS[ctx.flow.stage];
  return goTo(sent.ok ? path : `${path}?send=failed`);
}
