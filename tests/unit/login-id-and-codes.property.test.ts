// Property tests of the sign-in parsers (login IDs, codes, recovery codes) over
// arbitrary input: they never throw, their output keeps its invariants, and
// normalising twice changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseCode, normaliseRecoveryCode } from "@/lib/auth/code-input";
import { EMPLOYEE_LOGIN_ID, SHAROUSHI_LOGIN_ID, auditableLoginId, normaliseLoginId, roleOfLoginId } from "@/lib/auth/policy";

// Text as phones, IMEs and attackers type it: every Unicode plane, full-width
// forms, dashes, control characters, lone surrogates, long runs.
const nasty = fc.constantFrom("\u0000", "\u0007", "\u001f", "\u007f", "\u200b", "\ufeff", "\u3000", "\ud800", "\udc00", "－", "ー", "―", "ｰ", "\u0301", "ﬁ", "Ⅸ", "㍻", "\t", "\n");
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(..."ACZ0123456789-abc ０１２３Ａｃ"), nasty), maxLength: 80 }),
  fc.string({ unit: "grapheme", minLength: 60, maxLength: 300 }),
);
const anyInput = fc.oneof(text, fc.anything());

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("login IDs (normaliseLoginId, auditableLoginId)", () => {
  it("never throw; the ID is at most 64 characters, idempotent, and free of control characters", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const id = normaliseLoginId(input);
        expect(typeof id).toBe("string");
        expect(id.length).toBeLessThanOrEqual(64);
        expect(id).not.toMatch(/[\p{Cc}]/u);
        expect(normaliseLoginId(id)).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it("only an ID-shaped value reaches the audit log, and its role follows its shape", () => {
    fc.assert(
      fc.property(text, (input) => {
        const id = normaliseLoginId(input);
        const logged = auditableLoginId(id);
        if (logged === null) return;
        expect(logged).toBe(id);
        expect(SHAROUSHI_LOGIN_ID.test(logged) || EMPLOYEE_LOGIN_ID.test(logged)).toBe(true);
        expect(roleOfLoginId(logged)).toBe(SHAROUSHI_LOGIN_ID.test(logged) ? "SHAROUSHI" : "EMPLOYEE");
      }),
      { numRuns: 2000 },
    );
  });

  const sharoushiId = fc.stringMatching(/^A\d{7}$/);
  const employeeId = fc.stringMatching(/^[B-Z][0-9A-Z]{2,9}-\d{3,8}(-\d{1,3})?$/);

  it("a real ID typed in full width, lower case, with a Japanese dash or surrounding spaces comes back as itself", () => {
    const typed = (id: string) =>
      fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom("-", "－", "ー", "‐", "―"), fc.constantFrom("", " ", "\u3000", "\t"))
        .map(([wide, lower, dash, pad]) => {
          let s = lower ? id.toLowerCase() : id;
          if (wide) s = fullWidth(s);
          return pad + s.replaceAll("-", dash) + pad;
        });
    fc.assert(
      fc.property(fc.oneof(sharoushiId, employeeId).chain((id) => fc.tuple(fc.constant(id), typed(id))), ([id, input]) => {
        expect(normaliseLoginId(input)).toBe(id);
        expect(auditableLoginId(normaliseLoginId(input))).toBe(id);
      }),
      { numRuns: 500 },
    );
  });
});

describe("codes (normaliseCode, normaliseRecoveryCode)", () => {
  it("never throw; at most 64 characters; idempotent; no spaces or dashes left", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const code = normaliseCode(input);
        expect(code.length).toBeLessThanOrEqual(64);
        expect(code).not.toMatch(/[\s\-－ー]/);
        expect(normaliseCode(code)).toBe(code);
        const recovery = normaliseRecoveryCode(input);
        expect(recovery).toMatch(/^[0-9A-Z]{0,64}$/);
        expect(normaliseRecoveryCode(recovery)).toBe(recovery);
      }),
      { numRuns: 2000 },
    );
  });

  it("six digits typed in full width, with spaces or dashes anywhere, read as the six digits", () => {
    const separator = fc.constantFrom("", " ", "\u3000", "-", "－", "ー", "\t");
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), fc.array(separator, { minLength: 7, maxLength: 7 }), fc.boolean(), (digits, seps, wide) => {
        const typed = [...(wide ? fullWidth(digits) : digits)].map((d, i) => seps[i] + d).join("") + seps[6];
        expect(normaliseCode(typed)).toBe(digits);
      }),
      { numRuns: 500 },
    );
  });

  it("a recovery code typed in lower case, full width or with separators reads as the printed code", () => {
    const code = fc.stringMatching(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5,15}$/);
    fc.assert(
      fc.property(code, fc.boolean(), fc.boolean(), fc.constantFrom("-", " ", "－", ""), (printed, lower, wide, sep) => {
        let typed = printed.replace("-", sep);
        if (lower) typed = typed.toLowerCase();
        if (wide) typed = fullWidth(typed);
        expect(normaliseRecoveryCode(typed)).toBe(printed.replace("-", ""));
      }),
      { numRuns: 500 },
    );
  });

  it("a code never contains more than digits when it passes the six-digit check", () => {
    fc.assert(
      fc.property(text, (input) => {
        const code = normaliseCode(input);
        if (/^\d{6}$/.test(code)) expect(code).toMatch(/^[0-9]{6}$/);
      }),
    );
  });
});
