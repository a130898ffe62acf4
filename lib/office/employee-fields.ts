/**
 * The fields of an employee as the office enters them, by form or CSV line:
 * 社員番号 (the second half of the login ID), 氏名, フリガナ, メールアドレス,
 * 人事担当. One set of rules for both ways in; pure, so it is tested as a table.
 */
import { parseEmployeeEmail } from "./email-address";

export const EMPLOYEE_NAME_MAX = 50;
/** 社員番号: 3 to 8 digits, as the login ID format allows (policy.ts EMPLOYEE_LOGIN_ID). */
export const EMPLOYEE_NUMBER = /^\d{3,8}$/;

export type EmployeeField = "employeeNumber" | "name" | "furigana" | "email" | "hrStaff";
export type FieldProblem = "required" | "format" | "too_long";

export type EmployeeInput = { employeeNumber: string; name: string; furigana: string | null; email: string; isHrStaff: boolean };

const clean = (s: string) => s.normalize("NFKC").replace(/\p{Cc}/gu, "").trim();
// NFKC has already made half-width kana full-width; spaces separate family and given names.
const KATAKANA = /^[\p{Script=Katakana}ー・ \u3000]+$/u;
const YES = new Set(["1", "はい", "○", "〇", "yes", "y", "true", "有"]);
const NO = new Set(["", "0", "いいえ", "×", "no", "n", "false", "無"]);

/** The login ID of employee `employeeNumber` of the company with `companyCode`. */
export function employeeLoginId(companyCode: string, employeeNumber: string): string {
  return `${companyCode}-${employeeNumber}`;
}

/** 人事担当 as people write it in a spreadsheet; null when it is neither yes nor no. */
export function parseYesNo(raw: string): boolean | null {
  const v = clean(raw).toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

export type FieldCheck = { ok: true; value: EmployeeInput } | { ok: false; problems: { field: EmployeeField; problem: FieldProblem }[] };

/** Every problem of one employee's fields, in column order; or the normalised values. */
export function checkEmployeeFields(raw: { employeeNumber: string; name: string; furigana: string; email: string; hrStaff: string }): FieldCheck {
  const problems: { field: EmployeeField; problem: FieldProblem }[] = [];
  const employeeNumber = clean(raw.employeeNumber);
  if (!employeeNumber) problems.push({ field: "employeeNumber", problem: "required" });
  else if (!EMPLOYEE_NUMBER.test(employeeNumber)) problems.push({ field: "employeeNumber", problem: "format" });
  const name = clean(raw.name).replace(/\s+/gu, " ");
  if (!name) problems.push({ field: "name", problem: "required" });
  else if ([...name].length > EMPLOYEE_NAME_MAX) problems.push({ field: "name", problem: "too_long" });
  const furigana = clean(raw.furigana).replace(/\s+/gu, " ");
  if (furigana && !KATAKANA.test(furigana)) problems.push({ field: "furigana", problem: "format" });
  else if ([...furigana].length > EMPLOYEE_NAME_MAX) problems.push({ field: "furigana", problem: "too_long" });
  const emailRaw = clean(raw.email);
  const email = parseEmployeeEmail(emailRaw);
  if (!emailRaw) problems.push({ field: "email", problem: "required" });
  else if (!email) problems.push({ field: "email", problem: "format" });
  const isHrStaff = parseYesNo(raw.hrStaff);
  if (isHrStaff === null) problems.push({ field: "hrStaff", problem: "format" });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { employeeNumber, name, furigana: furigana || null, email: email!, isHrStaff: isHrStaff! } };
}
