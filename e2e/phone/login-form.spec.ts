// The login form on a 320×640 phone (issue 10, point 3): a wrong password keeps
// the login ID just typed and clears only the password — with JavaScript and
// without (the plain post answers with the page) — and the ID comes back escaped,
// never as markup, while the password is never sent back at all.
import { expect, test, type Page } from "@playwright/test";
import { e2eAccount } from "../support/accounts";
import { PHONE, expectTapTargets } from "../support/phone";

const WRONG = "not-the-Password-9e1f";

async function submit(page: Page, loginId: string, password: string) {
  await page.getByLabel("ログインID").fill(loginId);
  await page.getByLabel(/^パスワード$/).fill(password);
  await page.getByTestId("login-submit").click();
}

test.describe("login form on a 320 px phone", () => {
  test("a wrong password keeps the login ID and clears the password; the right one then signs in", async ({ page }, info) => {
    const account = e2eAccount("phoneLoginKeepId", info.project.name);
    await page.goto("/login");
    await submit(page, account.loginId, WRONG);
    await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
    await expect(page.getByLabel("ログインID")).toHaveValue(account.loginId);
    await expect(page.getByLabel(/^パスワード$/)).toHaveValue("");

    // Only the password needs typing again.
    await page.getByLabel(/^パスワード$/).fill(account.password);
    await page.getByTestId("login-submit").click();
    await expect(page).toHaveURL(/\/login\/choose$/);
  });

  test("an empty password keeps the login ID too", async ({ page }) => {
    await page.goto("/login");
    await submit(page, "C001-09999", "");
    await expect(page.getByText("入力してください。")).toBeVisible();
    await expect(page.getByLabel("ログインID")).toHaveValue("C001-09999");
  });

  test("markup typed as a login ID comes back as text, never as markup", async ({ page }) => {
    const typed = `"><img src=x id=injected>`;
    let dialogs = 0;
    page.on("dialog", (d) => void d.dismiss().then(() => dialogs++));
    await page.goto("/login");
    await submit(page, typed, WRONG);
    await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
    await expect(page.getByLabel("ログインID")).toHaveValue(typed);
    await expect(page.locator("#injected")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("the help link 「ログインでお困りの方」 is a 44 px tap target", async ({ page }) => {
    await page.goto("/login");
    const help = page.getByRole("link", { name: "ログインでお困りの方（よくある質問）" });
    const box = await help.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await expectTapTargets(page);
  });
});

test.describe("login form without JavaScript", () => {
  test("the page that answers a wrong password keeps the ID, escaped, and holds no password", async ({ browser }, info) => {
    const account = e2eAccount("phoneLoginKeepIdNoJs", info.project.name);
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "ja-JP", javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto("/login");
      // The post (/login/step/password) answers a bare 303; the page that answers is the login page it sends back to.
      const answered = (r: { url(): string; request(): { method(): string } }) => r.request().method() === "GET" && r.url().includes("/login?error=");
      const [answer] = await Promise.all([page.waitForResponse(answered), submit(page, account.loginId, WRONG)]);
      const html = await answer.text();
      expect(html).not.toContain(WRONG);
      await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
      await expect(page.getByLabel("ログインID")).toHaveValue(account.loginId);
      await expect(page.getByLabel(/^パスワード$/)).toHaveValue("");

      const typed = `C001"><b id=injected>x</b>`;
      const [second] = await Promise.all([page.waitForResponse(answered), submit(page, typed, WRONG)]);
      const body = await second.text();
      expect(body).not.toContain(`<b id=injected>`);
      expect(body).not.toContain(WRONG);
      await expect(page.getByLabel("ログインID")).toHaveValue(typed);
      await expect(page.locator("#injected")).toHaveCount(0);

      await page.getByLabel(/^パスワード$/).fill(account.password);
      await page.getByLabel("ログインID").fill(account.loginId);
      await page.getByTestId("login-submit").click();
      await expect(page).toHaveURL(/\/login\/choose$/);
    } finally {
      await context.close();
    }
  });
});
