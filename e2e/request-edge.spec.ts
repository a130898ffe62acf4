// The request edge, over HTTP: redirects carry no bind address, writes from
// elsewhere are refused with a 4xx and change nothing, cookies are Secure as
// configured (not as a header says), security headers are on every response,
// and the client address cannot be forged with X-Forwarded-For.
import { expect, test, type Page, type Request } from "@playwright/test";
import { E2E_PASSWORD, e2eAccount, loginIdFor } from "./support/accounts";
import { SignIn } from "./support/login-page";
import { startOwnServer, type OwnServer } from "./support/own-server";

const FOREIGN_HOST = "portal.example:8443";
const INVALID_CREDENTIALS = "ログインIDまたはパスワードが正しくありません。";

test.describe("redirects", () => {
  test("go to a path on the browser's own host, whatever Host the request carried", async ({ request }) => {
    const restart = await request.get("/login/restart", { headers: { host: FOREIGN_HOST }, maxRedirects: 0 });
    expect(restart.status()).toBe(303);
    expect(restart.headers()["location"]).toBe("/login");

    const app = await request.get("/settings?tab=1", { headers: { host: FOREIGN_HOST }, maxRedirects: 0 });
    expect(app.status()).toBe(307);
    expect(app.headers()["location"]).toBe("/login?callbackUrl=%2Fsettings%3Ftab%3D1");
  });
});

test.describe("security headers", () => {
  for (const [path, status] of [["/", 200], ["/login", 200], ["/api/health", 200], ["/no-such-page", 404], ["/settings", 307]] as const) {
    test(`${path}: a CSP with a fresh nonce, and HSTS (cookies are Secure here)`, async ({ request }) => {
      const first = await request.get(path, { maxRedirects: 0 });
      const second = await request.get(path, { maxRedirects: 0 });
      expect(first.status()).toBe(status);
      const csp = first.headers()["content-security-policy"]!;
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(second.headers()["content-security-policy"]).not.toBe(csp);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(first.headers()["strict-transport-security"]).toBe("max-age=63072000");
      if (status === 200 && path !== "/api/health") {
        // Every script of the page carries this response's nonce.
        const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      }
    });
  }

  test("the main pages and a sign-in raise no CSP violation", async ({ page }, info) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of ["/", "/notices", "/faq", "/login"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await new SignIn(page).limited(e2eAccount("edgeCsp", info.project.name));
    for (const path of ["/home", "/attendance", "/payslips"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });
});

/** Fills the password step and captures its server-action request without sending it. */
async function capturePasswordAction(page: Page, account: { loginId: string; password: string }): Promise<Request> {
  let captured: Request | undefined;
  await page.route("**/login", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    await route.abort();
  });
  await page.goto("/login");
  await page.getByLabel(/ログインID|Login ID/).fill(account.loginId);
  await page.getByLabel(/^パスワード$|^Password$/).fill(account.password);
  await page.getByTestId("login-submit").click();
  await expect.poll(() => captured).toBeTruthy();
  await page.unroute("**/login");
  return captured!;
}

test.describe("writes from elsewhere", () => {
  test("a server action from another origin, from Origin: null, or over 1 MB gets 403 / 413, never a 500, and changes nothing", async ({ page }, info) => {
    const account = e2eAccount("edgeRefused", info.project.name);
    const action = await capturePasswordAction(page, account);
    const { host: _host, cookie: _cookie, "content-length": _length, ...headers } = await action.allHeaders();
    expect(headers["next-action"]).toBeTruthy();
    const body = action.postDataBuffer()!;

    for (const origin of ["https://evil.example", "null"]) {
      // page.request shares the browser's cookies, as a forged cross-site form post would.
      const res = await page.request.post("/login", { headers: { ...headers, origin }, data: body, maxRedirects: 0 });
      expect(res.status(), origin).toBe(403);
      expect(await res.json()).toEqual({ error: "このリクエストは受け付けられません。Tobira の画面から操作してください。" });
      expect(res.headers()["set-cookie"]).toBeUndefined();
    }
    const big = await page.request.post("/login", { headers, data: Buffer.concat([body, Buffer.alloc(2 * 1024 * 1024, 0x61)]), maxRedirects: 0 });
    expect(big.status()).toBe(413);
    expect(await big.json()).toEqual({ error: "送信されたデータが大きすぎます。" });
    const page403 = await page.request.post("/login", { headers: { ...headers, origin: "https://evil.example", accept: "text/html" }, data: body });
    expect(page403.status()).toBe(403);
    expect(await page403.text()).toContain("このリクエストは受け付けられません。");

    // Nothing moved: no sign-in under way for this browser...
    await page.goto("/login/choose");
    await expect(page).toHaveURL(/\/login\?expired=1/);
    // ...and the account signs in as usual (no failure was counted).
    await new SignIn(page).password(account);
    await expect(page).toHaveURL(/\/login\/choose/);
  });
});

test.describe("cookies follow COOKIE_SECURE", () => {
  test("on (the production default): every cookie is Secure even when the request says X-Forwarded-Proto: http", async ({ page }, info) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-proto": "http" });
    await new SignIn(page).limited(e2eAccount("edgeSecure", info.project.name));
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toContain("__Secure-authjs.session-token");
    for (const c of cookies) expect(c.secure, c.name).toBe(true);
  });
});

// A server of its own: a failure limit of 3 and plain-HTTP cookies would disturb every other spec.
test.describe("own server (COOKIE_SECURE=false, IP_FAILURE_LIMIT=3)", () => {
  test.describe.configure({ mode: "serial" });
  let server: OwnServer | undefined;

  test.beforeAll(async ({}, info) => {
    test.skip(info.project.name !== "desktop", "one extra server is enough: desktop only");
    test.setTimeout(180_000);
    server = await startOwnServer({ COOKIE_SECURE: "false", IP_FAILURE_LIMIT: "3" });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("off: no cookie is Secure and no HSTS, even when the request says X-Forwarded-Proto: https", async ({ page }, info) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-proto": "https" });
    const signIn = new SignIn(page);
    await signIn.password({ loginId: loginIdFor("edgePlain", info.project.name), password: E2E_PASSWORD }, `${server!.baseURL}/login`);
    await signIn.choose("limited");
    await expect(page).toHaveURL(/\/home/);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toContain("authjs.session-token");
    for (const c of cookies) expect(c.secure, c.name).toBe(false);
    const res = await page.request.get(`${server!.baseURL}/`);
    expect(res.headers()["strict-transport-security"]).toBeUndefined();
    expect(res.headers()["content-security-policy"]).toContain("'nonce-");
  });

  test("failed passwords sent with ever-new forged X-Forwarded-For are counted against the real address", async ({ page }, info) => {
    const signIn = new SignIn(page);
    const alert = page.getByRole("alert").filter({ hasText: INVALID_CREDENTIALS });
    for (let i = 1; i <= 3; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}` });
      await signIn.password({ loginId: `C999-9990${i}`, password: "not-the-password" }, `${server!.baseURL}/login`);
      await expect(alert).toBeVisible();
    }
    // The right password from yet another "address": the real one is over its limit, so the same refusal.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.4" });
    await signIn.password({ loginId: loginIdFor("edgeAddress", info.project.name), password: E2E_PASSWORD }, `${server!.baseURL}/login`);
    await expect(alert).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });
});
