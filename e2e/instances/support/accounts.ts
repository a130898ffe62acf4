/**
 * The accounts of the instances and fault suites (e2e/instances/), apart from
 * the UI suite's (e2e/support/accounts.ts): IDs C001-8…/A8…, one per test.
 * seed-accounts.ts creates them; the Authenticator keys come back as JSON.
 */
export const PASSWORD = "instances-Password-2026";

type Spec = { loginId: string; role: "EMPLOYEE" | "SHAROUSHI"; totp?: boolean; factor?: "EMAIL" };

export const ACCOUNTS = {
  crossCode: { loginId: "C001-80001", role: "EMPLOYEE", totp: true },
  crossSkip: { loginId: "C001-80002", role: "EMPLOYEE", totp: true },
  crossLock: { loginId: "C001-80003", role: "EMPLOYEE", totp: true },
  crossLogout: { loginId: "C001-80004", role: "EMPLOYEE", totp: true },
  crossReset: { loginId: "C001-80005", role: "EMPLOYEE", totp: true },
  crossOffice: { loginId: "A8000001", role: "SHAROUSHI", totp: true },
  crossSkipOne: { loginId: "C001-80006", role: "EMPLOYEE", totp: true },
  mail500: { loginId: "C001-80010", role: "EMPLOYEE", factor: "EMAIL" },
  mailHang: { loginId: "C001-80011", role: "EMPLOYEE", factor: "EMAIL" },
  mailEnglish: { loginId: "C001-80012", role: "EMPLOYEE", factor: "EMAIL" },
  mailEnrol: { loginId: "A8000002", role: "SHAROUSHI" },
  outagePunch1: { loginId: "C001-81001", role: "EMPLOYEE" },
  outagePunch2: { loginId: "C001-81002", role: "EMPLOYEE" },
  outagePunch3: { loginId: "C001-81003", role: "EMPLOYEE" },
  outagePunch4: { loginId: "C001-81004", role: "EMPLOYEE" },
  outageLogin: { loginId: "C001-81010", role: "EMPLOYEE", totp: true },
} satisfies Record<string, Spec>;

export type AccountName = keyof typeof ACCOUNTS;
export const ACCOUNT_LIST: readonly Spec[] = Object.values(ACCOUNTS);

export function emailOf(loginId: string): string {
  return `${loginId.toLowerCase()}@instances.example`;
}

/** Authenticator keys (base32) by login ID, as seed-accounts.ts prints them. */
export type SeededKeys = Record<string, string>;
