/**
 * The e-mail address the office types for an employee: typed on phones too, so
 * full-width characters and stray spaces are normalised before the check. Pure,
 * so it is tested as a table.
 */
import { z } from "zod";

export const EMAIL_MAX_LENGTH = 254;

export const employeeEmailSchema = z
  .string()
  .transform((s) => s.normalize("NFKC").trim())
  .pipe(z.email().max(EMAIL_MAX_LENGTH));

/** The normalised address, or null when it is not one. */
export function parseEmployeeEmail(input: unknown): string | null {
  const parsed = employeeEmailSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

/** Addresses compared as mail servers do in practice: case does not make a new address. */
export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
