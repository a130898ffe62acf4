// Family 7 — cookies: every cookie the sign-in sets (flow, return address,
// session, known browser, skip) is HttpOnly, SameSite, Path=/, host-only (no
// Domain), and Secure when COOKIE_SECURE=true — on the second instance of the
// run, which has it, whatever X-Forwarded-Proto says.
import { expect, test } from "@playwright/test";
import { actionId } from "@/e2e/support/http/action-ids";
import type { SetCookie } from "@/e2e/support/http/cookies";
import { SESSION_COOKIE_PATTERN, codeStep, passwordStep, rememberStep } from "@/e2e/support/http/sign-in";
import { hostileAccount, type HostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { hostileEnv } from "./support/env";
import { freshTotp, signInFull, signInLimited, toCodeStep } from "./support/sign-in";

const env = hostileEnv();

/** Walks every path that sets a cookie: return address, flow, code with 「省略する」 and [OK], limited, logout. */
async function everyCookie(baseUrl: string, employee: HostileAccount, sharoushi?: HostileAccount, headers: Record<string, string> = {}) {
  const client = new HostileClient(baseUrl, headers);
  await passwordStep(client, employee, { callbackUrl: "/settings" });
  await toCodeStep(client, employee);
  expect((await codeStep(client, await freshTotp(employee), { remember: true })).redirectPath).toBe("/login/remember");
  expect((await rememberStep(client, "ok")).redirectPath).toMatch(/^\/(home|settings)/);
  const limited = new HostileClient(baseUrl, headers);
  await signInLimited(limited, employee);
  await limited.action("/home", actionId("app/actions/session.ts", "logoutAction"), []);
  const received = [...client.received, ...limited.received];
  if (sharoushi) {
    const staff = new HostileClient(baseUrl, headers);
    await signInFull(staff, sharoushi);
    received.push(...staff.received);
  }
  // Deletions (an empty value, an expiry in the past) carry nothing to protect.
  return received.filter((c) => c.value !== "" && !(c.attributes.expires && new Date(c.attributes.expires).getTime() < Date.now()));
}

function expectProtected(cookies: SetCookie[], secure: boolean) {
  const names = new Set(cookies.map((c) => c.name));
  expect([...names].some((n) => SESSION_COOKIE_PATTERN.test(n)), "the session cookie was seen").toBe(true);
  for (const expected of [/^tobira_login$/, /^tobira_return$/, /^tobira_skip_/]) {
    expect([...names].some((n) => expected.test(n)), `${expected} was seen`).toBe(true);
  }
  for (const c of cookies) {
    expect.soft(c.attributes, `${c.name}: HttpOnly`).toHaveProperty("httponly");
    expect.soft(c.attributes.samesite?.toLowerCase(), `${c.name}: SameSite`).toMatch(/^(lax|strict)$/);
    expect.soft(c.attributes.path, `${c.name}: Path=/`).toBe("/");
    expect.soft(c.attributes, `${c.name}: no Domain`).not.toHaveProperty("domain");
    if (secure) expect.soft(c.attributes, `${c.name}: Secure`).toHaveProperty("secure");
  }
}

test("COOKIE_SECURE=false: every cookie is HttpOnly, SameSite, Path=/ and host-only", async () => {
  const cookies = await everyCookie(env.baseUrl, hostileAccount("cookiePlain"), hostileAccount("cookiePlainSharoushi"));
  expectProtected(cookies, false);
});

test("COOKIE_SECURE=true: every cookie is also Secure", async () => {
  const cookies = await everyCookie(env.secureBaseUrl, hostileAccount("cookieSecure"));
  expectProtected(cookies, true);
});

test("COOKIE_SECURE=true: a request claiming X-Forwarded-Proto: http still gets Secure cookies only", async () => {
  const cookies = await everyCookie(env.secureBaseUrl, hostileAccount("cookieSecureXfp"), undefined, { "x-forwarded-proto": "http" });
  expectProtected(cookies, true);
});

test("pages carry a Content-Security-Policy, and HSTS where cookies are Secure", async () => {
  for (const [base, secure] of [[env.baseUrl, false], [env.secureBaseUrl, true]] as const) {
    const res = await new HostileClient(base).get("/login");
    expect.soft(res.headers["content-security-policy"], `${base}: CSP`).toBeTruthy();
    if (secure) expect.soft(res.headers["strict-transport-security"], `${base}: HSTS`).toMatch(/max-age=\d+/);
  }
});
