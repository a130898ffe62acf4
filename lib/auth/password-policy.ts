/**
 * Rules for new passwords: at least 8 characters (counted as the user sees
 * them), at most 256, not one of ~49,000 common passwords (the list shipped
 * with @zxcvbn-ts/language-common), not the login ID. Pure; no I/O beyond
 * loading the list once.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX = 256;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export type PasswordProblem = "too_short" | "too_long" | "common" | "same_as_login_id";

export function checkNewPassword(password: string, loginId: string): PasswordProblem | null {
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "common";
  if (lower.replace(/[^a-z0-9]/g, "") === loginId.toLowerCase().replace(/[^a-z0-9]/g, "")) return "same_as_login_id";
  return null;
}
