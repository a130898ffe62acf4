/**
 * `change_password`: an account created with an initial password
 * (mustChangePassword) sets its own before the chooser or the second factor.
 * The move to `choose` (conditional, so of two parallel submissions only one
 * writes a password) and the write are one transaction: if the write fails,
 * the flow stays where it was.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { audit } from "../audit";
import { advance } from "../flow-store";
import { verifyPassword } from "../password";
import { prepareNewPassword, writeNewPassword } from "../password-change";
import { checkNewPassword, type PasswordProblem } from "../password-policy";
import { showsChooser } from "../policy";
import { type FlowContext, movedTo } from "./context";
import { towardsFullMode } from "./full-mode";
import { expired, goTo, type Outcome, type StepResult } from "./outcome";
import { STAGE_PATHS } from "./transitions";

export type ChangePasswordResult = StepResult | { ok: false; error: "password_problem"; problem: PasswordProblem | "same_as_current" };

export async function changeInitialPasswordStep(ctx: FlowContext, rawPassword: string): Promise<Outcome<ChangePasswordResult>> {
  const { account, flow, now, req } = ctx;
  const db = getDb();
  const row = await db.account.findUnique({ where: { id: account.id }, select: { passwordHash: true } });
  if (!row) return expired();
  const problem = checkNewPassword(rawPassword, account.loginId);
  if (problem) return { ok: false, error: "password_problem", problem };
  if (await verifyPassword(row.passwordHash, rawPassword)) return { ok: false, error: "password_problem", problem: "same_as_current" };
  const prepared = await prepareNewPassword(account.loginId, rawPassword);
  if (!prepared.ok) return { ok: false, error: "password_problem", problem: prepared.problem };
  const moved = await db.$transaction(async (tx) => {
    if (!(await advance(tx, flow, "choose"))) return false;
    await writeNewPassword(tx, account.id, prepared.passwordHash, { keepFlowId: flow.id }, now);
    return true;
  });
  if (!moved) return expired();
  await audit("password.changed", { accountId: account.id, loginId: account.loginId }, req, { reason: "initial" });
  if (showsChooser(account.role)) return goTo(STAGE_PATHS.choose);
  return towardsFullMode(movedTo(ctx, "choose"));
}
