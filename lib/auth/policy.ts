/**
 * Who may do what: pure functions, no I/O, so they are tested as tables.
 *
 * - Sharoushi accounts (login ID "A…") always use the second factor (TOTP only):
 *   no chooser, no limited mode, no skip.
 * - Employees choose at login: the full app after the second factor (TOTP or
 *   an e-mailed code), or the limited mode: clock-in and payslip viewing only.
 */
export type Role = "SHAROUSHI" | "EMPLOYEE";
export type Mode = "LIMITED" | "FULL";
export type Factor = "TOTP" | "EMAIL";

export const SHAROUSHI_LOGIN_ID = /^A\d{7}$/;
export const EMPLOYEE_LOGIN_ID = /^[B-Z][0-9A-Z]{2,9}-\d{3,8}(?:-\d{1,3})?$/;

/**
 * Login IDs are typed in many ways on phones: full-width, lower case, spaces.
 * Idempotent (upper-casing can undo NFKC, so it is applied again). A control
 * character is never part of an ID, and PostgreSQL refuses NUL in text: such
 * input is no ID at all ("").
 */
export function normaliseLoginId(input: unknown): string {
  if (typeof input !== "string") return "";
  const id = input.normalize("NFKC").toUpperCase().normalize("NFKC").replace(/[‐‑‒–—―ー－]/g, "-").trim().slice(0, 64).trim();
  return /\p{Cc}/u.test(id) ? "" : id;
}

/**
 * What of a typed login ID may go into the audit log: an ID-shaped value, or
 * nothing — people type their password into the ID field.
 */
export function auditableLoginId(loginId: string): string | null {
  return SHAROUSHI_LOGIN_ID.test(loginId) || EMPLOYEE_LOGIN_ID.test(loginId) ? loginId : null;
}

export function roleOfLoginId(loginId: string): Role {
  return loginId.startsWith("A") ? "SHAROUSHI" : "EMPLOYEE";
}

export function showsChooser(role: Role): boolean {
  return role === "EMPLOYEE";
}

export function allowedFactors(role: Role): Factor[] {
  return role === "SHAROUSHI" ? ["TOTP"] : ["TOTP", "EMAIL"];
}

export function mayUseMode(role: Role, mode: Mode): boolean {
  return mode === "FULL" || role === "EMPLOYEE";
}

/** Whether "skip the code on this browser" may ever apply to the account. */
export function maySkipSecondFactor(role: Role): boolean {
  return role === "EMPLOYEE";
}

export type Capability =
  | "attendance.punch"
  | "payslips.viewOwn"
  | "settings"
  | "security.manage"
  // 2要素認証初期化 of one's own account: also from the limited mode (a lost phone is the
  // usual reason), where it asks for a code mailed to the registered address as well.
  | "security.resetOwn"
  // 追加アカウント: a main account manages its additional accounts (full mode).
  | "accounts.additional"
  // Full-mode functions of the apps (届出申請, 明細登録, 受付): named so the home menu can
  // show them as locked in the limited mode.
  | "attendance.requests"
  | "payslips.register"
  | "reception.submit"
  // 従業員アカウント管理 of the office (reset a second factor, unlock, change the address):
  // full mode, and sharoushi accounts only (mayManageEmployees).
  | "office.employees";

const LIMITED_CAPABILITIES: ReadonlySet<Capability> = new Set(["attendance.punch", "payslips.viewOwn", "security.resetOwn"]);
// The functions of the limited mode's home menu (its "apps"); the reset page is reachable
// from there too, but it is not an app.
const LIMITED_APPS: readonly Capability[] = ["attendance.punch", "payslips.viewOwn"];

export function modeAllows(mode: Mode, capability: Capability): boolean {
  return mode === "FULL" || LIMITED_CAPABILITIES.has(capability);
}

/**
 * Where a request that needs `capability` goes instead, or null with the
 * session when it may go on: no session → /login, a mode that does not allow it
 * → /step-up, each coming back to `returnTo`. requireSession (pages) and the
 * action client (lib/http/action-client-core.ts) both decide by it.
 */
export function accessRedirect<S extends { mode: Mode }>(
  session: S | null,
  capability: Capability,
  returnTo?: string,
): { redirect: string } | { redirect: null; session: S } {
  const back = returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : "";
  if (!session) return { redirect: `/login${back}` };
  if (!modeAllows(session.mode, capability)) return { redirect: `/step-up${back}` };
  return { redirect: null, session };
}

/** Role half of "office.employees": only office staff manage employees' accounts. */
export function mayManageEmployees(role: Role): boolean {
  return role === "SHAROUSHI";
}

/** Both halves: the role may, and the session's mode allows it (a full session). */
export function sessionMayManageEmployees(session: { role: Role; mode: Mode }): boolean {
  return mayManageEmployees(session.role) && modeAllows(session.mode, "office.employees");
}

/** The apps of the limited mode: exactly clock-in (打刻) and payslip viewing (明細閲覧). */
export function limitedCapabilities(): Capability[] {
  return [...LIMITED_APPS];
}

/**
 * 追加アカウント: only a main account — an employee account that is not itself an
 * additional account — may own additional accounts. Sharoushi IDs never do.
 */
export function mayOwnAdditionalAccounts(account: { role: Role; mainAccountId: string | null }): boolean {
  return account.role === "EMPLOYEE" && account.mainAccountId === null;
}

// ---- Failure limits -------------------------------------------------------

/**
 * Failure buckets of an account (throttle.ts): password attempts from a browser
 * that holds this account's known-browser token, every other password attempt,
 * and second-factor codes (TOTP, e-mailed, recovery, reset and e-mail change codes).
 */
export type Bucket = "password:known" | "password:other" | "second_factor";

export const FREE_FAILURES = 4;
export const MAX_CONSECUTIVE_FAILURES = 100;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;

/**
 * Whether the bucket ends in a lock that only the office lifts (NIST SP 800-63B's
 * 100 consecutive failures). Only the second factor: reaching it takes the
 * password (or a signed-in session), so a stranger who merely knows a login ID
 * can never lock anyone out for good. Password buckets end in the capped delay.
 */
export function hardLocks(bucket: Bucket): boolean {
  return bucket === "second_factor";
}

/**
 * How long a bucket stays locked after its n-th consecutive failure: nothing
 * for the first four, then 30 s doubling up to 15 min; in a bucket that
 * hardLocks, from the 100th failure on, until unlocked (Infinity).
 * throttle.ts computes the same schedule inside its counting statement.
 */
export function lockDurationMs(consecutiveFailures: number, bucket: Bucket): number {
  if (hardLocks(bucket) && consecutiveFailures >= MAX_CONSECUTIVE_FAILURES) return Number.POSITIVE_INFINITY;
  if (consecutiveFailures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(consecutiveFailures - FREE_FAILURES - 1, 30), MAX_DELAY_MS);
}
