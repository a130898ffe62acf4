// The per-request CSP and HSTS proxy.ts sends; COOKIE_SECURE is the one switch for HTTPS-only behaviour.
import { afterEach, describe, expect, it, vi } from "vitest";
import { applySecurityHeaders, contentSecurityPolicy, HSTS_VALUE, newNonce } from "@/lib/http/security-headers";
import { cookieSecure } from "@/lib/http/secure-transport";

afterEach(() => vi.unstubAllEnvs());

describe("Content-Security-Policy", () => {
  it("allows scripts only with this response's nonce, and no plugins, framing or foreign forms", () => {
    const nonce = newNonce();
    expect(nonce).not.toBe(newNonce());
    const csp = contentSecurityPolicy(nonce, false);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/style-src 'self' 'nonce-[^']+';/);
    for (const d of ["object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"]) expect(csp).toContain(d);
  });
});

describe("COOKIE_SECURE", () => {
  it("decides Secure cookies and HSTS together; the default follows production", () => {
    vi.stubEnv("COOKIE_SECURE", "true");
    const secure = new Headers();
    applySecurityHeaders(secure, "default-src 'self'");
    expect(cookieSecure()).toBe(true);
    expect(secure.get("strict-transport-security")).toBe(HSTS_VALUE);

    vi.stubEnv("COOKIE_SECURE", "false");
    const plain = new Headers();
    applySecurityHeaders(plain, "default-src 'self'");
    expect(cookieSecure()).toBe(false);
    expect(plain.get("strict-transport-security")).toBeNull();
    expect(plain.get("content-security-policy")).toBe("default-src 'self'");

    vi.stubEnv("COOKIE_SECURE", "");
    vi.stubEnv("NODE_ENV", "production");
    expect(cookieSecure()).toBe(true);
  });
});
