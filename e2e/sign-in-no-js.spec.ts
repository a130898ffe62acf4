// Sign-in with JavaScript turned off: every step is a plain form post the server
// answers with a redirect (303) to the next page, or with the same page and its
// message, so a browser without scripts signs in fully — to the full mode with
// an e-mailed code, and to the limited mode.
import { expect, type Page, test } from "@playwright/test";
import { e2eAccount, type E2EAccount } from "./support/accounts";
import { codeIn, mailsTo, waitForMail } from "./support/mail";

test.use({ javaScriptEnabled: false });

async function password(page: Page, account: E2EAccount) {
  await page.goto("/login");
  await page.getByLabel("ログインID").fill(account.loginId);
  await page.getByLabel(/^パスワード$/).fill(account.password);
  await page.getByTestId("login-submit").click();
  await expect(page).toHaveURL(/\/login\/choose$/);
}

async function enterCode(page: Page, code: string) {
  const form = page.getByTestId("code-form");
  await form.getByRole("textbox").fill(code);
  await form.getByRole("button").click();
}

test.describe("sign-in without JavaScript", () => {
  test("ID + password → choose full → e-mailed code (a wrong one first) → home in the full mode", async ({ page }, info) => {
    // Five page loads, a password hash and a mail: more than the default on a busy machine.
    test.setTimeout(60_000);
    const account = e2eAccount("noJsFull", info.project.name);
    const before = (await mailsTo(account.email)).length;
    await password(page, account);
    await page.getByTestId("choose-full").click();
    await expect(page).toHaveURL(/\/login\/verify$/);
    const code = codeIn(await waitForMail(account.email, before + 1));

    await enterCode(page, code === "000000" ? "111111" : "000000");
    await expect(page.getByRole("alert").filter({ hasText: "ワンタイムパスワードが正しくありません。" })).toBeVisible();

    await enterCode(page, code);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
  });

  test("ID + password → choose limited → home in the limited mode", async ({ page }, info) => {
    const account = e2eAccount("noJsLimited", info.project.name);
    await password(page, account);
    await page.getByTestId("choose-limited").click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId("session-mode")).toHaveText("就業打刻・明細閲覧のみ");
  });
});

// Without JavaScript the password and code forms post to /login/step/…, which answers a
// bare 303: a refusal comes back to the form with its message in the user's language.
test.describe("refusals without JavaScript", () => {
  test("a wrong password comes back to the login form with the message, in Japanese and in English", async ({ page, context, baseURL }, info) => {
    const account = e2eAccount("noJsRefused", info.project.name);
    await page.goto("/login");
    await page.getByLabel("ログインID").fill(account.loginId);
    await page.getByLabel(/^パスワード$/).fill("not-the-password");
    await page.getByTestId("login-submit").click();
    await expect(page).toHaveURL(/\/login\?error=invalid_credentials$/);
    await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();

    await context.addCookies([{ name: "tobira_locale", value: "en", url: baseURL! }]);
    await page.goto("/login");
    await page.getByLabel("Login ID").fill(account.loginId);
    await page.getByLabel(/^Password$/).fill("not-the-password");
    await page.getByTestId("login-submit").click();
    await expect(page.getByRole("alert").filter({ hasText: "The login ID or password is incorrect." })).toBeVisible();

    // The right password still goes on from the page the refusal came back to.
    await page.getByLabel("Login ID").fill(account.loginId);
    await page.getByLabel(/^Password$/).fill(account.password);
    await page.getByTestId("login-submit").click();
    await expect(page).toHaveURL(/\/login\/choose$/);
  });
});
