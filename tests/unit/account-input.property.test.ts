// Property tests of what the account forms parse: new passwords (Unicode, up to
// 10 kB), hashing across normalisation forms, e-mail addresses (the office's
// parser and the self-service one), display names and additional login IDs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlausibleEmail, normaliseEmail } from "@/lib/account/email-change";
import { nextAdditionalLoginId, normaliseDisplayName } from "@/lib/account/additional-accounts";
import { maskEmail } from "@/lib/auth/email-code";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkNewPassword, PASSWORD_MAX, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { EMPLOYEE_LOGIN_ID } from "@/lib/auth/policy";
import { EMAIL_MAX_LENGTH, parseEmployeeEmail } from "@/lib/office/email-address";

const controls = fc.constantFrom("\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u007f", "\u0085", "\u200b", "\u2028", "\ud800");
const unicode = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(..."aZ9@.-_+ ＠．ａ"), controls), maxLength: 80 }),
);
// Shaped like an address, with anything in its parts.
const part = fc.string({ unit: fc.oneof(fc.constantFrom(..."abc9-_+ ａ．"), controls, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 });
const emailish = fc.tuple(part, part, part).map(([a, b, c]) => `${a}@${b}.${c}`);
const huge = fc.string({ unit: "grapheme", minLength: 2_000, maxLength: 10_000 });

describe("new passwords (checkNewPassword)", () => {
  const problems = [null, "too_short", "too_long", "common", "same_as_login_id"];
  it("never throws, and the length verdict counts characters as the user sees them", () => {
    fc.assert(
      fc.property(fc.oneof(unicode, huge), fc.oneof(fc.constant("C001-00042"), fc.string()), (password, loginId) => {
        const problem = checkNewPassword(password, loginId);
        expect(problems).toContain(problem);
        const length = [...password.normalize("NFC")].length;
        if (length < PASSWORD_MIN_LENGTH) expect(problem).toBe("too_short");
        else if (length > PASSWORD_MAX) expect(problem).toBe("too_long");
        else expect(["too_short", "too_long"]).not.toContain(problem);
      }),
      { numRuns: 300 },
    );
  });
});

describe("password hashing (hashPassword, verifyPassword)", () => {
  it("Japanese text typed in another normalisation form still matches; another password does not", async () => {
    const password = fc.string({ unit: fc.constantFrom(..."パスワードがぎグ가각é", "e\u0301", "ｶﾞ", "a", "1"), minLength: 8, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(password, async (pw) => {
        const hash = await hashPassword(pw);
        expect(await verifyPassword(hash, pw.normalize("NFD"))).toBe(true);
        expect(await verifyPassword(hash, pw.normalize("NFC"))).toBe(true);
        expect(await verifyPassword(hash, `${pw}x`)).toBe(false);
      }),
      { numRuns: 10 },
    );
  });

  it("verifying anything against anything stored never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constant("$argon2id$v=19$m=19456,t=2,p=1$AAAA$AAAA")), fc.oneof(unicode, huge), async (stored, pw) => {
        expect(await verifyPassword(stored, pw)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe("e-mail addresses", () => {
  // Every accepted address is something a database column and a mail header can hold.
  const storable = (email: string) => {
    expect(email.length).toBeLessThanOrEqual(EMAIL_MAX_LENGTH);
    expect(email).not.toMatch(/[\s\p{Cc}]/u);
    expect(email).toBe(email.normalize("NFKC"));
  };

  it("the office's parser never throws, returns a storable address, and parsing it again changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(unicode, emailish, fc.emailAddress(), fc.anything()), (input) => {
        const email = parseEmployeeEmail(input);
        if (email === null) return;
        storable(email);
        expect(parseEmployeeEmail(email)).toBe(email);
      }),
      { numRuns: 1000 },
    );
  });

  it("the self-service check accepts only storable addresses, and everything the office accepts", () => {
    fc.assert(
      fc.property(fc.oneof(unicode, emailish, fc.emailAddress()), (input) => {
        const email = normaliseEmail(input);
        if (isPlausibleEmail(email)) {
          storable(email);
          expect(normaliseEmail(email)).toBe(email);
        }
        const office = parseEmployeeEmail(input);
        if (office !== null) expect(isPlausibleEmail(office)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a masked address is well-formed text, even when the address starts outside the BMP (PostgreSQL's json refuses half a pair)", () => {
    expect(maskEmail("𐀀@A.!")).toBe("𐀀***@A.!");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ maxLength: 20 }), (local, domain) => {
        expect(maskEmail(`${local}@${domain}`)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 300 },
    );
  });

  it("an address typed in full width with spaces around it reads as the address", () => {
    const address = fc.emailAddress().filter((e) => /^[\x21-\x7e]+$/.test(e) && e.length <= EMAIL_MAX_LENGTH && parseEmployeeEmail(e) === e);
    const wide = (s: string) => s.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(address, fc.constantFrom("", " ", "\u3000"), (email, pad) => {
        expect(parseEmployeeEmail(pad + wide(email) + pad)).toBe(email);
        expect(normaliseEmail(pad + wide(email) + pad)).toBe(email);
      }),
      { numRuns: 200 },
    );
  });
});

describe("additional accounts (normaliseDisplayName, nextAdditionalLoginId)", () => {
  it("display names normalise idempotently and never throw", () => {
    fc.assert(
      fc.property(unicode, (input) => {
        const name = normaliseDisplayName(input);
        expect(normaliseDisplayName(name)).toBe(name);
        expect(name).toBe(name.trim());
      }),
      { numRuns: 1000 },
    );
  });

  it("the next login ID is a valid employee ID under the main one, never one in use — or none", () => {
    const main = fc.stringMatching(/^[B-Z][0-9A-Z]{2,9}-\d{3,8}$/);
    fc.assert(
      fc.property(main, fc.array(fc.oneof(fc.integer({ min: 1, max: 1200 }).map(String), fc.string({ maxLength: 5 })), { maxLength: 30 }), (id, suffixes) => {
        const existing = suffixes.map((s) => `${id}-${s}`);
        const next = nextAdditionalLoginId(id, existing);
        if (next === null) return;
        expect(next).toMatch(EMPLOYEE_LOGIN_ID);
        expect(next.startsWith(`${id}-`)).toBe(true);
        expect(existing).not.toContain(next);
      }),
      { numRuns: 500 },
    );
  });
});
