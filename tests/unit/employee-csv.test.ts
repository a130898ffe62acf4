import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { checkEmployeeFields, parseYesNo } from "@/lib/office/employee-fields";
import { decodeCsv } from "@/lib/office/import/decode";
import { parseEmployeeCsv } from "@/lib/office/import/parse";

const HEADER = "社員番号,氏名,フリガナ,メールアドレス,人事担当";

describe("decodeCsv", () => {
  it("reads UTF-8 with and without a BOM, and Shift_JIS (cp932)", () => {
    const text = `${HEADER}\r\n00123,髙橋 一郎,タカハシ イチロウ,t@example.com,いいえ\r\n`;
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(utf8)).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: "utf-8-bom" });
    // 髙 and ① are cp932 extensions, not plain Shift_JIS: Windows exports them.
    const sjisText = `${text}00124,① 髙木,タカギ,k@example.com,はい\r\n`;
    expect(decodeCsv(new Uint8Array(iconv.encode(sjisText, "cp932")))).toEqual({ text: sjisText, encoding: "cp932" });
  });
});

describe("parseEmployeeCsv", () => {
  it("reads quoted fields, doubled quotes, CRLF, a header and empty lines", () => {
    const r = parseEmployeeCsv(`${HEADER}\r\n\r\n"001","山田 ""花子""",ヤマダ ハナコ,h@example.com,1\r\n002,ｽｽﾞｷ 太郎,ｽｽﾞｷ ﾀﾛｳ,ＳＵＺＵＫＩ@example.com,\n`);
    expect(r).toEqual({
      ok: true,
      rows: [
        { line: 3, employeeNumber: "001", name: '山田 "花子"', furigana: "ヤマダ ハナコ", email: "h@example.com", isHrStaff: true },
        { line: 4, employeeNumber: "002", name: "スズキ 太郎", furigana: "スズキ タロウ", email: "SUZUKI@example.com", isHrStaff: false },
      ],
    });
  });

  it("lists every bad line with its number, column and reason, and no row", () => {
    const csv = [
      HEADER,
      "001,山田,ヤマダ,y@example.com,はい", // line 2: good
      "12,佐藤,サトウ,s@example.com,0", // 3: number too short
      "003,,さとう,not-an-address,maybe", // 4: name, furigana, email, hr
      "004,田中,タナカ", // 5: columns
      "001,重複,チョウフク,d@example.com,0", // 6: duplicate number
      `005,${"長".repeat(51)},ナガ,n@example.com,0`, // 7: too long
      '006,"改行\r\nあり",カイギョウ,k@example.com,0', // 8–9: good, a quoted line break
      "007,鈴木,スズキ,,0", // 10: e-mail missing
    ].join("\r\n");
    const r = parseEmployeeCsv(csv);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, column: "employeeNumber", problem: "format" },
        { line: 4, column: "name", problem: "required" },
        { line: 4, column: "furigana", problem: "format" },
        { line: 4, column: "email", problem: "format" },
        { line: 4, column: "hrStaff", problem: "format" },
        { line: 5, column: null, problem: "columns" },
        { line: 6, column: "employeeNumber", problem: "duplicate" },
        { line: 7, column: "name", problem: "too_long" },
        { line: 10, column: "email", problem: "required" },
      ],
    });
  });

  it("reports an unclosed quote as a syntax error", () => {
    const r = parseEmployeeCsv(`001,山田,ヤマダ,y@example.com,0\n002,"佐藤,サトウ,s@example.com,0\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ column: null, problem: "syntax" });
  });

  it("round-trips any good rows written by a CSV writer, on the line they start", () => {
    const safe = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/gu, "")).filter((s) => s.normalize("NFKC") === s && s.length > 0 && !/\s/u.test(s));
    const row = fc.record({ n: fc.integer({ min: 100, max: 99_999_999 }), name: safe, hr: fc.boolean(), crlf: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.n, minLength: 1, maxLength: 20 }), (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const lines = rows.map((r) => [String(r.n), quote(r.name), "カナ", "a@example.com", r.hr ? "はい" : "いいえ"].join(","));
        const nl = rows[0]!.crlf ? "\r\n" : "\n";
        const parsed = parseEmployeeCsv([HEADER, ...lines].join(nl) + nl);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.rows.map((r) => [r.line, r.employeeNumber, r.name, r.isHrStaff])).toEqual(rows.map((r, i) => [i + 2, String(r.n), r.name, r.hr]));
      }),
    );
  });
});

describe("employee fields", () => {
  it("reads 人事担当 as people write it", () => {
    for (const v of ["1", "はい", "○", "Yes", "TRUE"]) expect(parseYesNo(v)).toBe(true);
    for (const v of ["", "0", "いいえ", "no", "×"]) expect(parseYesNo(v)).toBe(false);
    expect(parseYesNo("たぶん")).toBeNull();
  });
  it("normalises full-width digits and half-width kana", () => {
    expect(checkEmployeeFields({ employeeNumber: "０１２３", name: " 山田　太郎 ", furigana: "ﾔﾏﾀﾞ ﾀﾛｳ", email: "y@example.com", hrStaff: "" })).toEqual({
      ok: true,
      value: { employeeNumber: "0123", name: "山田 太郎", furigana: "ヤマダ タロウ", email: "y@example.com", isHrStaff: false },
    });
  });
});
