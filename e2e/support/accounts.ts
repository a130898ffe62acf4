/**
 * The e2e accounts: each test uses its own, per Playwright project, so tests
 * never share state. They are created through the data layer by
 * e2e/support/seed-e2e.ts before the server starts (PGlite allows one process),
 * and pre-enrolled Authenticator secrets are written to a file the tests read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const E2E_PASSWORD = "e2e-Password-2026";
export const FIXTURES_FILE = path.join(process.cwd(), ".data", `e2e-fixtures-${process.env.E2E_PORT ?? 3210}.json`);

export type AccountSpec = {
  role: "SHAROUSHI" | "EMPLOYEE";
  totp?: boolean;
  factor?: "EMAIL";
  company?: "C001" | "C002";
  /** An additional account (追加アカウント) of this earlier account. */
  mainAccount?: string;
  /** Created with an initial password that must be changed at the first sign-in. */
  mustChangePassword?: boolean;
  /** Office administrator (sharoushi): unlocks the office's staff. */
  officeAdmin?: boolean;
};

/** Every account a spec may ask for, by name. */
export const ACCOUNT_SPECS = {
  wrongPassword: { role: "EMPLOYEE" },
  chooserCancel: { role: "EMPLOYEE" },
  limited: { role: "EMPLOYEE" },
  limitedPunch: { role: "EMPLOYEE" },
  punchWithoutScript: { role: "EMPLOYEE" },
  limitedPayslips: { role: "EMPLOYEE" },
  stepUp: { role: "EMPLOYEE", totp: true },
  emailFactor: { role: "EMPLOYEE" },
  emailEnrolled: { role: "EMPLOYEE", factor: "EMAIL" },
  employeeEnrol: { role: "EMPLOYEE" },
  sharoushiEnrol: { role: "SHAROUSHI" },
  sharoushiTotp: { role: "SHAROUSHI", totp: true },
  recovery: { role: "EMPLOYEE", totp: true },
  replay: { role: "EMPLOYEE", totp: true },
  enforcement: { role: "EMPLOYEE", totp: true },
  cookies: { role: "EMPLOYEE", totp: true },
  logout: { role: "EMPLOYEE", totp: true },
  // 従業員アカウント管理 (e2e/office-admin.spec.ts): the demo office's sharoushi and employees of its client companies.
  officeResetActor: { role: "SHAROUSHI", totp: true },
  officeResetTarget: { role: "EMPLOYEE", totp: true },
  officeUnlockActor: { role: "SHAROUSHI", totp: true },
  officeUnlockTarget: { role: "EMPLOYEE", company: "C002" },
  officeEmailActor: { role: "SHAROUSHI", totp: true },
  officeEmailTarget: { role: "EMPLOYEE", factor: "EMAIL" },
  officeRefused: { role: "EMPLOYEE", totp: true },
  officeStaffAdmin: { role: "SHAROUSHI", totp: true, officeAdmin: true },
  officeStaffTarget: { role: "SHAROUSHI", totp: true },
  // e2e/maintenance.spec.ts: schedules (and cancels) maintenance windows.
  maintenanceAdmin: { role: "SHAROUSHI", totp: true, officeAdmin: true },
  // e2e/self-service.spec.ts
  selfPassword: { role: "EMPLOYEE", totp: true },
  selfResetFull: { role: "SHAROUSHI", totp: true },
  selfResetLimited: { role: "EMPLOYEE", totp: true },
  selfEmail: { role: "EMPLOYEE", factor: "EMAIL" },
  selfMainAccount: { role: "EMPLOYEE", totp: true },
  selfReplayLimited: { role: "EMPLOYEE", totp: true },
  selfReplayOwner: { role: "EMPLOYEE", totp: true },
  selfReplayStranger: { role: "EMPLOYEE", totp: true },
  selfNarrow: { role: "EMPLOYEE", totp: true },
  // ワンタイムパスワード入力の省略 (e2e/skip.spec.ts) and the forced change of an initial password.
  skipSet: { role: "EMPLOYEE", totp: true },
  skipLeave: { role: "EMPLOYEE", factor: "EMAIL" },
  skipMain: { role: "EMPLOYEE", totp: true },
  skipAdditional: { role: "EMPLOYEE", totp: true, mainAccount: "skipMain" },
  skipCancelAll: { role: "EMPLOYEE", factor: "EMAIL" },
  skipBoundary: { role: "EMPLOYEE", factor: "EMAIL" },
  skipForgedX: { role: "EMPLOYEE", totp: true },
  skipForgedY: { role: "EMPLOYEE", totp: true },
  skipDonor: { role: "EMPLOYEE", totp: true },
  skipSharoushi: { role: "SHAROUSHI", totp: true },
  initialPassword: { role: "EMPLOYEE", mustChangePassword: true },
  initialPasswordSharoushi: { role: "SHAROUSHI", totp: true, mustChangePassword: true },
  // e2e/request-edge.spec.ts
  edgeRefused: { role: "EMPLOYEE" },
  edgeSecure: { role: "EMPLOYEE" },
  edgeCsp: { role: "EMPLOYEE" },
  edgePlain: { role: "EMPLOYEE" },
  edgeAddress: { role: "EMPLOYEE" },
  // e2e/sign-in-no-js.spec.ts
  noJsFull: { role: "EMPLOYEE", factor: "EMAIL" },
  noJsLimited: { role: "EMPLOYEE" },
  noJsRefused: { role: "EMPLOYEE" },
  // The frame on a 320×640 phone: e2e/phone/header.spec.ts, login-form.spec.ts, tap-targets.spec.ts.
  phoneHeaderMain: { role: "EMPLOYEE" },
  phoneHeaderAdditional: { role: "EMPLOYEE", mainAccount: "phoneHeaderMain" },
  phoneHeaderFull: { role: "EMPLOYEE", totp: true },
  phoneLoginKeepId: { role: "EMPLOYEE" },
  phoneLoginKeepIdNoJs: { role: "EMPLOYEE" },
  phoneTapFull: { role: "EMPLOYEE", totp: true },
  phoneTapOffice: { role: "SHAROUSHI", totp: true },
  // The office console (e2e/office-console.spec.ts).
  consoleCompanies: { role: "SHAROUSHI", totp: true },
  consoleImport: { role: "SHAROUSHI", totp: true },
  consoleEnglish: { role: "SHAROUSHI", totp: true },
  // e2e/phone/skip-confirm.spec.ts, e2e/phone/limited-home.spec.ts, e2e/phone/settings.spec.ts, e2e/phone/settings-screens.spec.ts
  phoneSkipConfirmJa: { role: "EMPLOYEE", totp: true },
  phoneSkipConfirmEn: { role: "EMPLOYEE", totp: true },
  phoneSkipConfirmNoJs: { role: "EMPLOYEE", totp: true },
  phoneLimitedEnrolled: { role: "EMPLOYEE", totp: true },
  phoneLimitedNoFactor: { role: "EMPLOYEE" },
  phoneLimitedEn: { role: "EMPLOYEE", factor: "EMAIL" },
  phoneSettingsMenu: { role: "EMPLOYEE", totp: true },
  phoneSettingsSkip: { role: "EMPLOYEE", totp: true },
  phoneSettingsEn: { role: "EMPLOYEE", totp: true },
  phoneSettingsScreens: { role: "EMPLOYEE", totp: true },
  phoneSettingsScreensAdditional: { role: "EMPLOYEE", totp: true, mainAccount: "phoneSettingsScreens" },
  // e2e/phone/enrolment.spec.ts, e2e/phone/code-screens.spec.ts, e2e/phone/sign-in-screens.spec.ts
  phoneEnrolSkip: { role: "EMPLOYEE" },
  phoneEnrolEnglish: { role: "SHAROUSHI" },
  phoneStepUpEnrol: { role: "EMPLOYEE" },
  phoneReplay: { role: "EMPLOYEE", totp: true },
  phoneSharoushiCode: { role: "SHAROUSHI", totp: true },
  phoneCodeExpired: { role: "EMPLOYEE", factor: "EMAIL" },
  phoneScreensWalk: { role: "EMPLOYEE", mustChangePassword: true },
  phoneScreensTotp: { role: "EMPLOYEE", totp: true },
  phoneScreensEmail: { role: "EMPLOYEE", factor: "EMAIL" },
  // e2e/audit.spec.ts
  auditHistory: { role: "EMPLOYEE", totp: true },
  auditOffice: { role: "SHAROUSHI", totp: true },
  // e2e/office-licences.spec.ts, e2e/office-staff.spec.ts
  consoleLicences: { role: "SHAROUSHI", totp: true },
  consoleStaffAdmin: { role: "SHAROUSHI", totp: true, officeAdmin: true },
  consoleStaffPlain: { role: "SHAROUSHI", totp: true },
} satisfies Record<string, AccountSpec>;

export type AccountName = keyof typeof ACCOUNT_SPECS;
export const PROJECTS = ["desktop", "phone", "phone320"] as const;

export function loginIdFor(name: AccountName, project: string): string {
  const names = Object.keys(ACCOUNT_SPECS) as AccountName[];
  const n = names.indexOf(name) * 10 + Math.max(0, PROJECTS.indexOf(project as (typeof PROJECTS)[number]));
  const spec: AccountSpec = ACCOUNT_SPECS[name];
  return spec.role === "SHAROUSHI" ? `A9${String(n).padStart(6, "0")}` : `${spec.company ?? "C001"}-9${String(n).padStart(4, "0")}`;
}

export function emailFor(loginId: string): string {
  return `${loginId.toLowerCase()}@e2e.example`;
}

/** `skipCookie`: the name of the account's own skip cookie (ワンタイムパスワード入力の省略). */
export type E2EAccount = { loginId: string; email: string; password: string; totpKey?: string; skipCookie: string };
export type AccountFixture = { totpKey?: string; skipCookie: string };

let fixtures: Record<string, AccountFixture> | undefined;

export function e2eAccount(name: AccountName, project: string): E2EAccount {
  const loginId = loginIdFor(name, project);
  fixtures ??= JSON.parse(readFileSync(FIXTURES_FILE, "utf8"));
  const fixture = fixtures![loginId];
  if (!fixture) throw new Error(`e2e: no fixture for ${loginId}: re-run the e2e seed`);
  return { loginId, email: emailFor(loginId), password: E2E_PASSWORD, totpKey: fixture.totpKey, skipCookie: fixture.skipCookie };
}
