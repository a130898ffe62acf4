/**
 * Record IDs that arrive from forms and URLs (an employee, an additional
 * account, a payslip). Checked for shape before they reach a query: a NUL,
 * which PostgreSQL refuses in text, or any other stray character then reads
 * as "not found" — the same answer as another user's ID — instead of a
 * database error. Pure.
 */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}
