// The code screen on a 320×640 phone (issue 10, point 7): an Authenticator code typed
// correctly but already used is not called wrong; a sharoushi ID, which never gets codes
// by mail, sees no notes about mailed codes; an expired mailed code leaves one instruction
// and one action (ログインからやり直す), not 再送信 beside "start again".
import { expect, test } from "@playwright/test";
import { e2eAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { codeIn, waitForMail, mailsTo } from "../support/mail";
import { expectNoSideScroll, expectTapTargets } from "../support/phone";
import { totpNow } from "../support/totp";

test.describe("code screens on a 320 px phone", () => {
  test("a replayed Authenticator code: already used, wait for the next one", async ({ page }, info) => {
    const account = e2eAccount("phoneReplay", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    const code = totpNow(account.totpKey!);
    await signIn.enterCode(code);
    await expect(page).toHaveURL(/\/home/);
    await page.getByRole("button", { name: "ログアウト" }).click();

    await signIn.password(account);
    await signIn.choose("full");
    await signIn.enterCode(code);
    const alert = page.getByRole("alert").filter({ hasText: "このワンタイムパスワードはすでに使用されています。アプリに次のコードが表示されるまで待ってから入力してください。" });
    await expect(alert).toBeVisible();
    await expect(page.getByText("ワンタイムパスワードが正しくありません")).toHaveCount(0);
    // Never a sign-in.
    await expect(page).toHaveURL(/\/login\/verify/);
    await expectNoSideScroll(page);
  });

  test("a sharoushi ID's code screen shows nothing about codes by e-mail", async ({ page }, info) => {
    const account = e2eAccount("phoneSharoushiCode", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/verify/);
    await expect(page.getByText("Authenticator アプリに表示されている6桁のコードを入力してください。")).toBeVisible();
    const card = page.locator("main");
    await expect(card).not.toContainText("メール");
    await expect(page.getByTestId("send-code")).toHaveCount(0);
    await expectNoSideScroll(page);
    await expectTapTargets(page, 44, "main");
  });

  test("an expired e-mailed code: one instruction, one action — start the login again", async ({ page }, info) => {
    const account = e2eAccount("phoneCodeExpired", info.project.name);
    const signIn = new SignIn(page);
    const before = (await mailsTo(account.email)).length;
    await signIn.password(account);
    await signIn.choose("full");
    await expect(page).toHaveURL(/\/login\/verify/);
    const code = codeIn(await waitForMail(account.email, before + 1));

    // The code typed 31 minutes later (the server's clock: x-tobira-test-now, lib/clock.ts).
    await page.setExtraHTTPHeaders({ "x-tobira-test-now": new Date(Date.now() + 31 * 60_000).toISOString() });
    const form = page.getByTestId("code-form");
    await form.getByRole("textbox").fill(code);
    await form.getByRole("button").click();

    const expired = page.getByTestId("code-expired");
    await expect(expired.getByRole("alert")).toContainText("ワンタイムパスワードの有効期間（30分間）を過ぎました。");
    await expect(expired.getByRole("alert")).toContainText("ログインからやり直してください。");
    // One action only: no code field, no 再送信, no second way to start again.
    await expect(page.getByTestId("code-form")).toHaveCount(0);
    await expect(page.getByTestId("send-code")).toHaveCount(0);
    await expect(page.getByText("再送信")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "ログインからやり直す" })).toHaveCount(1);
    await expectNoSideScroll(page);
    await expectTapTargets(page, 44, "main");

    // The same screen on a reload, and its one action leads back to the login form.
    await page.reload();
    await expect(page.getByTestId("code-expired")).toBeVisible();
    await page.getByRole("link", { name: "ログインからやり直す" }).click();
    await expect(page).toHaveURL(/\/login$/);
  });
});
