// The skip cookie (ワンタイムパスワード入力の省略): its value is only an identifier and
// an expiry; its name is per account and says nothing about whose it is.
import { beforeAll, describe, expect, it } from "vitest";
import { randomToken } from "@/lib/auth/crypto";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
  process.env.TOTP_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
});

describe("parseSkipCookie", async () => {
  const { formatSkipCookie, parseSkipCookie } = await import("@/lib/auth/skip-cookie");
  const token = randomToken();
  const expiresAt = new Date("2027-02-21T10:00:00Z");
  const good = formatSkipCookie(token, expiresAt);

  it("reads back what it wrote: the identifier and the expiry, nothing else", () => {
    expect(good).toBe(`${token}.${expiresAt.getTime() / 1000}`);
    expect(parseSkipCookie(good)).toEqual({ token, expiresAt });
  });

  it("a bit flipped in the identifier: refused, or another identifier (which the server does not know)", () => {
    const rest = good.slice(1);
    // "B" ^ 1 = "C": still the alphabet, so it parses — to a different identifier.
    const parsed = parseSkipCookie("C" + rest);
    expect(parsed).not.toBeNull();
    expect(parsed!.token).not.toBe("B" + token.slice(1));
    expect(parsed!.token).toBe("C" + token.slice(1));
    // "A" ^ 1 = "@": outside the alphabet.
    expect(parseSkipCookie("@" + rest)).toBeNull();
  });

  it("a bit flipped in the separator or the expiry's digits is refused or changes only the expiry", () => {
    const dot = good.indexOf(".");
    expect(parseSkipCookie(good.slice(0, dot) + "/" + good.slice(dot + 1))).toBeNull(); // "." ^ 1
    const lastDigit = good.at(-1)!;
    const other = String.fromCharCode(lastDigit.charCodeAt(0) ^ 64);
    expect(parseSkipCookie(good.slice(0, -1) + other)).toBeNull();
  });

  it("refuses a wrong length", () => {
    expect(parseSkipCookie(good.slice(1))).toBeNull();
    expect(parseSkipCookie("A" + good)).toBeNull();
    expect(parseSkipCookie(`${token}.12345678`)).toBeNull();
    expect(parseSkipCookie(`${token}.123456789012`)).toBeNull();
    expect(parseSkipCookie(`${randomToken(16)}.${expiresAt.getTime() / 1000}`)).toBeNull();
  });

  it("refuses garbage", () => {
    for (const v of [undefined, "", ".", "x", "null", `${token}`, `${token}.`, `.${expiresAt.getTime() / 1000}`, `${token}.1e10`, `${token}.-1700000000`, "a".repeat(5000), `${token.slice(0, 42)}=.1790000000`, `${token}.1790000000;Path=/`]) {
      expect(parseSkipCookie(v)).toBeNull();
    }
  });
});

describe("skipCookieName", async () => {
  const { skipCookieName, SKIP_COOKIE_PREFIX } = await import("@/lib/auth/skip-cookie");
  it("is one per account, stable, and opaque", () => {
    const a = skipCookieName("clmainaccount0000000000001");
    const b = skipCookieName("cladditional00000000000002");
    expect(a).not.toBe(b);
    expect(skipCookieName("clmainaccount0000000000001")).toBe(a);
    expect(a.startsWith(SKIP_COOKIE_PREFIX)).toBe(true);
    expect(a).not.toContain("clmainaccount");
    expect(a).toMatch(/^tobira_skip_[A-Za-z0-9_-]{16}$/);
  });
});

describe("browserLabel", async () => {
  const { browserLabel } = await import("@/lib/auth/remembered-browser");
  it("names browser and OS from the user agent", () => {
    expect(browserLabel("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36")).toBe(
      "Chrome 156 / Android 14",
    );
    expect(
      browserLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ).toMatch(/^Safari 17 \/ iOS/);
    expect(browserLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0")).toMatch(
      /^Microsoft Edge 156 \/ Windows/,
    );
  });
  it("copes with an empty or odd user agent and keeps labels short", () => {
    expect(browserLabel("")).toBe("unknown");
    expect(browserLabel("curl/8.5.0").length).toBeGreaterThan(0);
    expect(browserLabel("x".repeat(2000)).length).toBeLessThanOrEqual(80);
  });
});
