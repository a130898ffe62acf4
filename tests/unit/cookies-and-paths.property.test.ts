// Property tests of what comes back from the browser: the skip cookie, the
// known-browser cookie and the return path. Whatever a client sends, parsing
// never throws, and what is accepted keeps its shape.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { formatSkipCookie, parseSkipCookie } from "@/lib/auth/skip-cookie";
import { safeRelativePath } from "@/lib/http/safe-path";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret";
});

const cookieText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(..."Aa0_-.=;%\u0000 é"), maxLength: 120 }),
);
const token = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);

describe("skip cookie (parseSkipCookie)", () => {
  it("never throws; an accepted value has a 43-character identifier and formats back to itself", () => {
    fc.assert(
      fc.property(fc.oneof(cookieText, token.map((t) => `${t}.${Date.now() / 1000 | 0}`), fc.constant(undefined)), (value) => {
        const parsed = parseSkipCookie(value);
        if (parsed === null) return;
        expect(parsed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(Number.isNaN(parsed.expiresAt.getTime())).toBe(false);
        expect(formatSkipCookie(parsed.token, parsed.expiresAt)).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it("round trip: what the server sets is what it reads back (to the second)", () => {
    const expiry = fc.date({ min: new Date("2001-09-09T01:46:40Z"), max: new Date("2286-11-20T17:46:39Z"), noInvalidDate: true });
    fc.assert(
      fc.property(token, expiry, (t, at) => {
        const parsed = parseSkipCookie(formatSkipCookie(t, at));
        expect(parsed).toEqual({ token: t, expiresAt: new Date(Math.floor(at.getTime() / 1000) * 1000) });
      }),
      { numRuns: 300 },
    );
  });
});

describe("known-browser cookie (parseKnownTokens)", async () => {
  // Which tokens are live is the database's word (tests/integration/known-browser.test.ts);
  // here: whatever a client sends, the parser keeps only a few well-formed, distinct tokens.
  const { parseKnownTokens } = await import("@/lib/auth/known-browser");
  it("never throws; at most ten distinct opaque tokens; parsing what it kept keeps it", () => {
    fc.assert(
      fc.property(fc.oneof(cookieText, fc.constant(undefined)), (value) => {
        const tokens = parseKnownTokens(value);
        expect(tokens.length).toBeLessThanOrEqual(10);
        expect(new Set(tokens).size).toBe(tokens.length);
        for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(parseKnownTokens(tokens.join("."))).toEqual(tokens);
      }),
      { numRuns: 500 },
    );
  });
});

describe("return path (safeRelativePath)", () => {
  // Pieces of every trick against open-redirect guards.
  const piece = fc.constantFrom(
    "/", "//", "\\", "/\\", ".", "..", "%2e", "%2f", "%2F", "%5c", "%09", "%00", ":", "@", "?", "#", "&", "=",
    "evil.com", "tobira.invalid", "http:", "https:", "javascript:", "data:", "a", "お知らせ", "\t", "\n", "\r", " ", "\u0000", "\u3000", "／", "＼", "%",
  );
  const path = fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), fc.string({ unit: "binary", maxLength: 60 }), fc.webUrl(), fc.webPath());

  it("never throws; what comes back is a same-origin relative path, and checking it again changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(path, fc.constant(null), fc.constant(undefined)), (input) => {
        const safe = safeRelativePath(input);
        if (safe === null) return;
        expect(safe.startsWith("/")).toBe(true);
        expect(safe.startsWith("//")).toBe(false);
        expect(safe).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        // Resolved against any origin, it stays on that origin (what a browser does with a Location header).
        for (const base of ["https://tobira.example/login", "http://localhost:3000/a/b"]) {
          expect(new URL(safe, base).origin).toBe(new URL(base).origin);
        }
        expect(safeRelativePath(safe)).toBe(safe);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps an ordinary path of the app as it is", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.option(fc.stringMatching(/^[a-z]{1,5}=[0-9]{1,4}$/)), (segments, query) => {
        const p = `/${segments.join("/")}${query ? `?${query}` : ""}`;
        expect(safeRelativePath(p)).toBe(p);
      }),
      { numRuns: 300 },
    );
  });
});
