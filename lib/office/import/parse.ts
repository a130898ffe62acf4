/**
 * The employee CSV (従業員一括登録): 社員番号, 氏名, フリガナ, メールアドレス, 人事担当,
 * one employee a line, an optional header line (its first cell is 社員番号 or
 * "Employee number"). Parsed by csv-parse (quoted fields, doubled quotes, CRLF or
 * LF, empty lines skipped), then every line checked by employee-fields.ts. The
 * answer is all the good lines or every bad one — never part of a file. Pure.
 */
import { CsvError, parse } from "csv-parse/sync";
import { checkEmployeeFields, type EmployeeField, type EmployeeInput, type FieldProblem } from "../employee-fields";

export const CSV_COLUMNS = ["employeeNumber", "name", "furigana", "email", "hrStaff"] as const satisfies readonly EmployeeField[];
/** Most lines one file may hold (a 10,000-employee company fits). */
export const CSV_MAX_LINES = 20_000;

export type LineProblem = FieldProblem | "columns" | "syntax" | "duplicate" | "too_many_lines";
export type CsvLineError = { line: number; column: EmployeeField | null; problem: LineProblem };
export type CsvRow = EmployeeInput & { line: number };
export type CsvParseResult = { ok: true; rows: CsvRow[] } | { ok: false; errors: CsvLineError[] };

const HEADER = /^(社員番号|employee\s*number)$/i;

/**
 * The line each record starts on. csv-parse's own `info.lines` is where a record ends
 * (and counts a CRLF inside quotes twice), so the start is found from the byte offset
 * where the previous record ended, past the empty lines skipped.
 */
function startLines(text: string, ends: number[]): number[] {
  const buf = Buffer.from(text, "utf8");
  const breaks: number[] = [];
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0x0a || (buf[i] === 0x0d && buf[i + 1] !== 0x0a)) breaks.push(i);
  const lineAt = (pos: number) => {
    let lo = 0, hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  let prevEnd = 0;
  return ends.map((end) => {
    let start = prevEnd;
    while (start < buf.length && (buf[start] === 0x0a || buf[start] === 0x0d)) start++;
    prevEnd = end;
    return lineAt(start);
  });
}

export function parseEmployeeCsv(input: string): CsvParseResult {
  const text = input.replace(/^\uFEFF/, "");
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (err) {
    if (err instanceof CsvError) return { ok: false, errors: [{ line: Number((err as CsvError & { lines?: number }).lines) || 1, column: null, problem: "syntax" }] };
    throw err;
  }
  const lines = startLines(text, parsed.map((r) => r.info.bytes));
  const records = parsed.map((r, i) => ({ record: r.record, line: lines[i]! }));
  const first = records[0]?.record[0]?.normalize("NFKC").trim() ?? "";
  const body = HEADER.test(first) ? records.slice(1) : records;
  if (body.length > CSV_MAX_LINES) return { ok: false, errors: [{ line: body[CSV_MAX_LINES]!.line, column: null, problem: "too_many_lines" }] };

  const errors: CsvLineError[] = [];
  const rows: CsvRow[] = [];
  const seen = new Set<string>();
  for (const { record, line } of body) {
    if (record.length !== CSV_COLUMNS.length) {
      errors.push({ line, column: null, problem: "columns" });
      continue;
    }
    const [employeeNumber, name, furigana, email, hrStaff] = record as [string, string, string, string, string];
    const checked = checkEmployeeFields({ employeeNumber, name, furigana, email, hrStaff });
    if (!checked.ok) {
      for (const p of checked.problems) errors.push({ line, column: p.field, problem: p.problem });
      continue;
    }
    if (seen.has(checked.value.employeeNumber)) {
      errors.push({ line, column: "employeeNumber", problem: "duplicate" });
      continue;
    }
    seen.add(checked.value.employeeNumber);
    rows.push({ ...checked.value, line });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
