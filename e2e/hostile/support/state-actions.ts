/**
 * Every state-changing server action of the apps, with the arguments a real
 * form would send — filled with an attacker's choice of target IDs — and the
 * page it is posted to. The families replay them with the wrong session, from
 * the wrong origin, or against another office's data.
 */
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import { HOSTILE_PASSWORD } from "./accounts";

export type Targets = {
  /** An employee the caller must not touch (another company's, another office's). */
  employeeId: string;
  /** Another account's additional account, or remembered browser, by id. */
  foreignId: string;
  /** A login ID belonging to someone else. */
  foreignLoginId: string;
};

export type StateAction = {
  label: string;
  file: string;
  name: string;
  page: string;
  /** Allowed in the limited mode (就業打刻・明細閲覧のみ) too. */
  limited: boolean;
  args: (t: Targets) => unknown[];
};

const settings = "app/(apps)/settings";
const office = "app/(apps)/office/actions.ts";

export const STATE_ACTIONS: StateAction[] = [
  { label: "office: reset an employee's 2FA", file: office, name: "resetSecondFactorAction", page: "/office/employees", limited: false, args: (t) => [{}, form({ employeeId: t.employeeId })] },
  { label: "office: unlock an employee", file: office, name: "unlockAction", page: "/office/employees", limited: false, args: (t) => [{}, form({ employeeId: t.employeeId })] },
  { label: "office: change an employee's e-mail", file: office, name: "changeEmailAction", page: "/office/employees", limited: false, args: (t) => [{}, form({ employeeId: t.employeeId, email: "attacker@evil.example", step: "commit" })] },
  { label: "settings: new recovery codes", file: `${settings}/actions.ts`, name: "regenerateRecoveryCodesAction", page: "/settings/two-factor", limited: false, args: () => [{}, form({ password: HOSTILE_PASSWORD })] },
  { label: "settings: add an additional account", file: `${settings}/accounts/actions.ts`, name: "createAdditionalAccountAction", page: "/settings/accounts", limited: false, args: () => [{}, form({ displayName: "attacker", email: "attacker@evil.example", password: HOSTILE_PASSWORD })] },
  { label: "settings: rename an additional account", file: `${settings}/accounts/actions.ts`, name: "renameAdditionalAccountAction", page: "/settings/accounts", limited: false, args: (t) => [{}, form({ id: t.foreignId, displayName: "pwned" })] },
  { label: "settings: disable an additional account", file: `${settings}/accounts/actions.ts`, name: "disableAdditionalAccountAction", page: "/settings/accounts", limited: false, args: (t) => [{}, form({ id: t.foreignId, loginId: t.foreignLoginId })] },
  { label: "settings: request an e-mail change", file: `${settings}/email/actions.ts`, name: "requestEmailChangeAction", page: "/settings/email", limited: false, args: () => [{}, form({ newEmail: "attacker@evil.example", password: HOSTILE_PASSWORD })] },
  { label: "settings: confirm an e-mail change", file: `${settings}/email/actions.ts`, name: "confirmEmailChangeAction", page: "/settings/email", limited: false, args: () => [{}, form({ code: "123456" })] },
  { label: "settings: cancel an e-mail change", file: `${settings}/email/actions.ts`, name: "cancelEmailChangeAction", page: "/settings/email", limited: false, args: () => [] },
  { label: "settings: change the password", file: `${settings}/password/actions.ts`, name: "changePasswordAction", page: "/settings/password", limited: false, args: () => [{}, form({ currentPassword: HOSTILE_PASSWORD, newPassword: "Attacker-chosen-passphrase-77", confirmPassword: "Attacker-chosen-passphrase-77" })] },
  { label: "settings: revoke one remembered browser", file: `${settings}/skip/actions.ts`, name: "revokeOneSkipAction", page: "/settings/skip", limited: false, args: (t) => [form({ id: t.foreignId })] },
  { label: "settings: revoke every remembered browser", file: `${settings}/skip/actions.ts`, name: "revokeAllSkipsAction", page: "/settings/skip", limited: false, args: () => [] },
  { label: "attendance: punch", file: "app/(apps)/attendance/actions.ts", name: "punchAction", page: "/attendance", limited: true, args: () => [{}, form({ kind: "IN", idempotencyKey: `hostile-${Math.random()}` })] },
  { label: "2FA reset: send the code", file: `${settings}/two-factor-reset/actions.ts`, name: "sendResetCodeAction", page: "/settings/two-factor-reset", limited: true, args: () => [{}, form({})] },
  { label: "2FA reset: reset", file: `${settings}/two-factor-reset/actions.ts`, name: "resetSecondFactorAction", page: "/settings/two-factor-reset", limited: true, args: () => [{}, form({ password: HOSTILE_PASSWORD, code: "123456" })] },
];

export function stateActionId(a: StateAction): string {
  return actionId(a.file, a.name);
}

/** The pages of the full mode (a limited session is sent to /step-up). */
export const FULL_MODE_PAGES = ["/settings", "/settings/two-factor", "/settings/password", "/settings/email", "/settings/skip", "/settings/skip/resume", "/settings/accounts", "/office", "/office/employees", "/office/companies"];
