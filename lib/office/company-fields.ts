/**
 * The fields of a client company (顧問先) as the office types them. The company
 * code is the first half of its employees' login IDs (policy.ts EMPLOYEE_LOGIN_ID:
 * a letter B–Z, then 2 to 9 letters or digits), typed in any width or case. Pure.
 */
import { parseEmployeeEmail } from "./email-address";

export const COMPANY_CODE = /^[B-Z][0-9A-Z]{2,9}$/;
export const COMPANY_NAME_MAX = 100;
export const CONTACT_NAME_MAX = 50;
const PHONE = /^[0-9+\-() ]{6,20}$/;

export type CompanyField = "code" | "name" | "contactName" | "contactEmail" | "contactPhone";
export type CompanyInput = { code: string; name: string; contactName: string | null; contactEmail: string | null; contactPhone: string | null };
export type CompanyCheck = { ok: true; value: CompanyInput } | { ok: false; fields: Partial<Record<CompanyField, "required" | "format" | "too_long">> };

const clean = (s: string) => s.normalize("NFKC").replace(/\p{Cc}/gu, "").trim();

export function checkCompanyFields(raw: Record<CompanyField, string>): CompanyCheck {
  const fields: Partial<Record<CompanyField, "required" | "format" | "too_long">> = {};
  const code = clean(raw.code).toUpperCase();
  if (!code) fields.code = "required";
  else if (!COMPANY_CODE.test(code)) fields.code = "format";
  const name = clean(raw.name);
  if (!name) fields.name = "required";
  else if ([...name].length > COMPANY_NAME_MAX) fields.name = "too_long";
  const contactName = clean(raw.contactName);
  if ([...contactName].length > CONTACT_NAME_MAX) fields.contactName = "too_long";
  const contactEmailRaw = clean(raw.contactEmail);
  const contactEmail = contactEmailRaw ? parseEmployeeEmail(contactEmailRaw) : null;
  if (contactEmailRaw && !contactEmail) fields.contactEmail = "format";
  const contactPhone = clean(raw.contactPhone);
  if (contactPhone && !PHONE.test(contactPhone)) fields.contactPhone = "format";
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, value: { code, name, contactName: contactName || null, contactEmail, contactPhone: contactPhone || null } };
}
