// Enforcement, tested by talking to the server directly: no step can be
// skipped, nothing counts as signed in before the gate, a limited session
// cannot run a full-mode action by its ID, forged or ended sessions are nothing.
import { expect, test, type Request } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";

const SESSION_COOKIE = /authjs\.session-token/;

test("pages behind the gate redirect to /login without a session, keeping the path", async ({ page }) => {
  await page.goto("/home");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhome/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);
});

test("a step page reached by URL without a sign-in in progress goes back to /login", async ({ page }) => {
  for (const path of ["/login/choose", "/login/verify", "/login/setup", "/login/setup/email", "/login/setup/authenticator", "/login/setup/recovery-codes"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?expired=1/);
  }
});

test("no session cookie is set until the gate: password and chooser steps set none", async ({ page }, info) => {
  const account = e2eAccount("cookies", info.project.name);
  const setCookies: string[] = [];
  page.on("response", async (res) => {
    // A response may still arrive while the test closes its page: nothing to record then.
    const header = await res.headerValue("set-cookie").catch(() => null);
    if (header) setCookies.push(`${res.url()} ${header}`);
  });
  const signIn = new SignIn(page);
  await signIn.password(account);
  await expect(page).toHaveURL(/\/login\/choose/);
  await signIn.choose("full");
  await expect(page).toHaveURL(/\/login\/verify/);
  expect(setCookies.filter((c) => SESSION_COOKIE.test(c))).toEqual([]);
  expect((await page.context().cookies()).some((c) => SESSION_COOKIE.test(c.name))).toBe(false);
  // The second-factor page does not let anyone in by going straight on.
  await page.goto("/home");
  await expect(page).toHaveURL(/\/login/);
  await page.goBack();
  await signIn.password(account);
  await signIn.choose("full");
  await signIn.totp(account);
  await expect(page).toHaveURL(/\/home/);
  expect(setCookies.filter((c) => SESSION_COOKIE.test(c))).toHaveLength(1);
  const cookie = (await page.context().cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
});

test("a limited session calling a full-mode action by its ID is refused and nothing changes", async ({ page, browser }, info) => {
  const account = e2eAccount("enforcement", info.project.name);
  // 1. In a full session, capture the real request of "issue new recovery codes", without sending it.
  await new SignIn(page).fullWithTotp(account);
  await page.goto("/settings/two-factor");
  await expect(page.getByTestId("recovery-left")).toHaveText("0個");
  let captured: Request | undefined;
  await page.route("**/settings/two-factor", async (route) => {
    if (route.request().method() === "POST") {
      captured = route.request();
      return route.abort();
    }
    return route.continue();
  });
  await page.getByLabel("パスワード", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "リカバリーコードを再発行する" }).click();
  await expect.poll(() => captured).toBeTruthy();
  const actionId = captured!.headers()["next-action"];
  expect(actionId).toBeTruthy();

  // 2. A limited session of the same account replays it, with the right password.
  const context = await browser.newContext();
  const limitedPage = await context.newPage();
  await new SignIn(limitedPage).limited(account);
  const res = await limitedPage.request.post("/settings/two-factor", {
    headers: { "next-action": actionId!, "content-type": captured!.headers()["content-type"]!, accept: "text/x-component" },
    data: captured!.postDataBuffer()!,
    maxRedirects: 0,
  });
  const redirect = res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "";
  expect(redirect).toContain("/step-up");
  await context.close();

  // 3. Nothing changed: still no recovery codes.
  await page.unroute("**/settings/two-factor");
  await page.reload();
  await expect(page.getByTestId("recovery-left")).toHaveText("0個");
});

test("a forged session cookie is nothing", async ({ browser }) => {
  const context = await browser.newContext();
  const forged = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged";
  // Under both names the session cookie can have (Secure or not, COOKIE_SECURE).
  await context.addCookies([
    { name: "authjs.session-token", value: forged, domain: "localhost", path: "/" },
    { name: "__Secure-authjs.session-token", value: forged, domain: "localhost", path: "/", secure: true },
  ]);
  const page = await context.newPage();
  await page.goto("/home");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test("logout ends the session on the server: the old cookie no longer works", async ({ page, browser }, info) => {
  const account = e2eAccount("logout", info.project.name);
  await new SignIn(page).fullWithTotp(account);
  const token = (await page.context().cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByText("ログアウトしました。")).toBeVisible();
  const context = await browser.newContext();
  await context.addCookies([{ name: token.name, value: token.value, domain: "localhost", path: "/", secure: token.secure }]);
  const replay = await context.newPage();
  await replay.goto("/home");
  await expect(replay).toHaveURL(/\/login/);
  await context.close();
});

test("the session cannot be updated from the browser: no next-auth endpoint is mounted", async ({ request }) => {
  for (const path of ["/api/auth/session", "/api/auth/callback/grant", "/api/auth/csrf"]) {
    const res = await request.post(path, { data: { mode: "FULL" }, maxRedirects: 0 });
    expect([404, 405]).toContain(res.status());
  }
});

test("callbackUrl takes same-origin paths only", async ({ page }, info) => {
  const account = e2eAccount("limited", info.project.name);
  const signIn = new SignIn(page);
  await signIn.password(account, "/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await signIn.choose("limited");
  await expect(page).toHaveURL(/localhost:\d+\/home/);
});
