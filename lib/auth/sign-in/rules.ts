/** Rules of the sign-in that depend only on the account and the flow (pure). */
import type { AuthAccount } from "../account";
import type { Flow } from "../flow-store";
import { allowedFactors, maySkipSecondFactor } from "../policy";

export function hasFactor(account: AuthAccount): boolean {
  return account.hasTotp || (account.secondFactor === "EMAIL" && allowedFactors(account.role).includes("EMAIL"));
}

/**
 * A skip is set only at a sign-in (docs/requirements.md R-SKIP-12: the code
 * screen of the login), by an employee: never at step-up, where no password was
 * entered, since a skip stands in for the code only after a correct password.
 */
export function maySetSkip(account: AuthAccount, flow: Flow): boolean {
  return maySkipSecondFactor(account.role) && !flow.stepUpFromSession;
}

export function skipRefusal(account: AuthAccount): "role" | "step_up" {
  return maySkipSecondFactor(account.role) ? "step_up" : "role";
}
