/**
 * The sign-in state machine (ARCHITECTURE.md, "The sign-in state machine"; the
 * moves: transitions.ts). These are the entry points the server actions call:
 * each loads the context once (context.ts: request info, the clock, the cookies,
 * the flow at the stage the step expects and its account), runs the step — a
 * function of that context and the input — and applies the cookies its outcome
 * names (outcome.ts). A missing, ended or disabled flow, or one at another stage,
 * is refused here before any step runs.
 */
import "server-only";
import type { Session } from "../session";
import type { ChangePasswordResult } from "./change-password";
import { changeInitialPasswordStep as changePassword } from "./change-password";
import { cancelStep, chooseStep as choose } from "./choose";
import { type FlowContext, loadFlowContext, loadRequestContext, openFlow } from "./context";
import {
  confirmTotpStep as confirmTotp,
  type ConfirmTotpResult,
  enrolEmailStep as enrolEmail,
  finishRecoveryCodesStep as finishRecoveryCodes,
  setNicknameStep as setNickname,
  setupStep as setup,
} from "./enrolment";
import { applyOutcome, expired, type Outcome, type StepResult } from "./outcome";
import { type PasswordInput, passwordStep as password } from "./password";
import { rememberConfirmStep as rememberConfirm } from "./remember";
import { sendCodeStep as sendCode, verifyStep as verify } from "./second-factor";
import { stepUpStep as stepUp } from "./step-up";
import type { Stage } from "./transitions";

export type { StepError, StepResult } from "./outcome";
export type { ChangePasswordResult } from "./change-password";
export { STAGE_PATHS } from "./transitions";
export { enrolmentView, flowView, rememberView, type EnrolmentView, type FlowView, type RememberView } from "./views";

/** Loads the flow at `stages`, runs `step` on it (or refuses), applies the outcome's cookies. */
async function atStage<R>(stages: readonly Stage[], step: (ctx: FlowContext) => Promise<Outcome<R>>): Promise<R | StepResult> {
  const ctx = await loadFlowContext(stages);
  return applyOutcome(ctx ? await step(ctx) : expired());
}

export async function passwordStep(input: PasswordInput): Promise<StepResult> {
  return applyOutcome(await password(await loadRequestContext(), input));
}

export async function changeInitialPasswordStep(rawPassword: string): Promise<ChangePasswordResult> {
  return atStage(["change_password"], (ctx) => changePassword(ctx, rawPassword));
}

export async function chooseStep(choice: "full" | "limited" | "cancel"): Promise<StepResult> {
  if (choice === "cancel") {
    const rc = await loadRequestContext();
    return applyOutcome(await cancelStep(rc, await openFlow(rc)));
  }
  return atStage(["choose"], (ctx) => choose(ctx, choice));
}

export async function verifyStep(rawCode: unknown, remember = false): Promise<StepResult> {
  return atStage(["second_factor"], (ctx) => verify(ctx, rawCode, remember));
}

export async function sendCodeStep(): Promise<StepResult> {
  return atStage(["second_factor", "enrol_email"], sendCode);
}

export async function rememberConfirmStep(confirm: boolean): Promise<StepResult> {
  return atStage(["remember_confirm"], (ctx) => rememberConfirm(ctx, confirm));
}

export async function setupStep(method: "totp" | "email"): Promise<StepResult> {
  return atStage(["setup"], (ctx) => setup(ctx, method));
}

export async function enrolEmailStep(rawCode: unknown): Promise<StepResult> {
  return atStage(["enrol_email"], (ctx) => enrolEmail(ctx, rawCode));
}

export async function setNicknameStep(raw: unknown): Promise<StepResult> {
  return atStage(["enrol_totp"], (ctx) => setNickname(ctx, raw));
}

export async function confirmTotpStep(rawCode: unknown): Promise<ConfirmTotpResult> {
  const ctx = await loadFlowContext(["enrol_totp"]);
  return ctx ? confirmTotp(ctx, rawCode) : { ok: false, error: "flow_expired" };
}

export async function finishRecoveryCodesStep(remember = false): Promise<StepResult> {
  return atStage(["recovery_codes"], (ctx) => finishRecoveryCodes(ctx, remember));
}

export async function stepUpStep(session: Session): Promise<StepResult> {
  return applyOutcome(await stepUp(await loadRequestContext(), session));
}
