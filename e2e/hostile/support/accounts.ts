/**
 * The hostile suite's accounts, by name: each test attacks its own, so one
 * test's lockouts and revocations never touch another's. Created through the
 * data layer by seed-hostile.ts before the server starts; the Authenticator
 * keys of the pre-enrolled ones are written to the run's fixtures file.
 *
 * Office 1 is the demo office (C001, C002). Office 2 (SECOND_OFFICE) is the
 * suite's own, with company C901, for cross-office attempts.
 */
import { readFileSync } from "node:fs";
import { hostileEnv } from "./env";

export const HOSTILE_PASSWORD = "hostile-Passw0rd-2026";

export const SECOND_OFFICE = { id: "office-hostile-2", name: "みなみ社会保険労務士事務所" };
export const SECOND_COMPANY = { id: "company-c901", code: "C901", name: "株式会社みなみ物産", officeId: SECOND_OFFICE.id };

export type HostileSpec = {
  role: "SHAROUSHI" | "EMPLOYEE";
  /** Sharoushi staff: 1 = the demo office (default), 2 = the second office. */
  office?: 1 | 2;
  /** Employees: C001 (default), C002 (office 1) or C901 (office 2). */
  company?: "C001" | "C002" | "C901";
  totp?: boolean;
  factor?: "EMAIL";
  hrStaff?: boolean;
  disabled?: boolean;
  /** Sharoushi staff: 事務所管理者 (office administrator). */
  officeAdmin?: boolean;
};

const totpEmployee: HostileSpec = { role: "EMPLOYEE", totp: true };
const emailEmployee: HostileSpec = { role: "EMPLOYEE", factor: "EMAIL" };
const totpSharoushi: HostileSpec = { role: "SHAROUSHI", totp: true };

/** Every account a hostile test may ask for. Add yours here (one per test). */
export const HOSTILE_ACCOUNTS = {
  // The harness's own smoke test.
  smokeTotp: totpEmployee,
  smokeEmail: emailEmployee,
  smokeSharoushi: totpSharoushi,
  // codes.spec.ts
  codesReplay: totpEmployee,
  codesFar: totpEmployee,
  codesParallel: totpEmployee,
  codesParallelEmail: emailEmployee,
  codesBruteTotp: totpSharoushi,
  codesBurstTotp: totpEmployee,
  codesBruteEmail: emailEmployee,
  codesBurstEmail: emailEmployee,
  codesOtherFlow: emailEmployee,
  codesOtherAccount: emailEmployee,
  codesResend: emailEmployee,
  codesExpired: emailEmployee,
  codesRecovery: totpEmployee,
  codesRecoveryOther: totpEmployee,
  // sessions.spec.ts
  sessPages: totpEmployee,
  sessActions: totpEmployee,
  sessActionsVictim: totpEmployee,
  sessFixation: totpEmployee,
  sessFixAttacker: totpEmployee,
  sessStepUp: totpEmployee,
  sessEdited: totpEmployee,
  sessLogout: totpEmployee,
  sessIdle: totpEmployee,
  sessAbsolute: totpEmployee,
  sessPassword: totpEmployee,
  sessOfficeReset: totpEmployee,
  sessOfficeActor: totpSharoushi,
  // skip.spec.ts
  skipForged: totpEmployee,
  skipFlipped: totpEmployee,
  skipExpired: emailEmployee,
  skipRevokedOne: totpEmployee,
  skipOtherA: totpEmployee,
  skipOtherB: totpEmployee,
  skipRevokeStranger: totpEmployee,
  skipToSharoushiEmp: totpEmployee,
  skipToSharoushi: totpSharoushi,
  skipCancelAll: emailEmployee,
  skipPassword: totpEmployee,
  skipOfficeReset: totpEmployee,
  skipOfficeActor: totpSharoushi,
  skipStepUp: totpEmployee,
  skipEmailChange: totpEmployee,
  skipEmailActor: totpSharoushi,
  // requests.spec.ts
  reqCsrf: totpEmployee,
  reqCsrfStaff: totpSharoushi,
  reqCsrfTarget: totpEmployee,
  reqRedirect: totpEmployee,
  reqStepUpRedirect: emailEmployee,
  reqCrossStaff: totpSharoushi,
  reqCrossEmployee: totpEmployee,
  reqBodies: totpEmployee,
  reqXff: totpEmployee,
  // enumeration.spec.ts
  enumWrong: totpEmployee,
  enumLocked: totpEmployee,
  enumDisabled: { role: "EMPLOYEE", totp: true, disabled: true },
  enumSharoushi: totpSharoushi,
  // cookies.spec.ts
  cookiePlain: totpEmployee,
  cookiePlainSharoushi: totpSharoushi,
  cookieSecure: totpEmployee,
  cookieSecureXfp: totpEmployee,
  // login-step.spec.ts (the no-JavaScript form posts to /login/step/…)
  stepForms: totpEmployee,
  stepRefusals: totpEmployee,
  stepParallel: totpEmployee,
  // The second office: its staff and an employee of its company.
  office2Sharoushi: { role: "SHAROUSHI", office: 2, totp: true },
  office2Employee: { role: "EMPLOYEE", company: "C901", totp: true },
  // console.spec.ts: the office console's actions against another office's companies, employees and staff.
  consoleAttacker: { role: "SHAROUSHI", office: 2, totp: true, officeAdmin: true },
  consoleCrossSite: { role: "SHAROUSHI", office: 2, totp: true, officeAdmin: true },
  consoleVictimEmployee: totpEmployee,
  consoleVictimStaff: totpSharoushi,
  consoleEmployee: { role: "EMPLOYEE", totp: true, hrStaff: true },
} satisfies Record<string, HostileSpec>;

export type HostileAccountName = keyof typeof HOSTILE_ACCOUNTS;

export type HostileAccount = {
  name: string;
  id: string;
  loginId: string;
  email: string;
  password: string;
  totpKey?: string;
  /** The name of this account's own skip cookie (tobira_skip_…). */
  skipCookie: string;
  companyId: string | null;
  officeId: string | null;
};

export function hostileLoginId(name: HostileAccountName): string {
  const n = (Object.keys(HOSTILE_ACCOUNTS) as HostileAccountName[]).indexOf(name);
  const spec: HostileSpec = HOSTILE_ACCOUNTS[name];
  return spec.role === "SHAROUSHI" ? `A7${String(n).padStart(6, "0")}` : `${spec.company ?? "C001"}-7${String(n).padStart(4, "0")}`;
}

export function hostileEmail(loginId: string): string {
  return `${loginId.toLowerCase()}@hostile.example`;
}

let fixtures: Record<string, Omit<HostileAccount, "password">> | undefined;

export function hostileAccount(name: HostileAccountName): HostileAccount {
  fixtures ??= JSON.parse(readFileSync(hostileEnv().fixturesFile, "utf8"));
  const fixture = fixtures![name];
  if (!fixture) throw new Error(`hostile: no fixture for ${name}: re-run the hostile seed`);
  return { ...fixture, password: HOSTILE_PASSWORD };
}
