// Every sign-in screen on a 320×640 phone, walked in Japanese, for the reviewer's folder
// (.data/test-reports/screens-320/signin-<page>.png): each page's heading is checked,
// nothing scrolls sideways.
import { expect, type Page, test } from "@playwright/test";
import { e2eAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { codeIn, mailsTo, waitForMail } from "../support/mail";
import { expectNoSideScroll, saveScreen } from "../support/phone";
import { totpNow } from "../support/totp";

async function screen(page: Page, name: string, heading: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoSideScroll(page);
  await saveScreen(page, `signin-${name}`);
}

test.describe("sign-in screens on a 320 px phone", () => {
  test("walked in Japanese: login, change-password, choose, setup, setup/email, setup/authenticator, setup/recovery-codes, remember", async ({ page }, info) => {
    test.setTimeout(120_000);
    const account = e2eAccount("phoneScreensWalk", info.project.name);
    const signIn = new SignIn(page);
    await page.goto("/login");
    await screen(page, "login", "ログイン");

    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/change-password/);
    await screen(page, "change-password", "初期パスワードの変更");
    const newPassword = `Phone-Screens-${info.project.name}-2026`;
    await signIn.changeInitialPassword(newPassword);

    await expect(page).toHaveURL(/\/login\/choose/);
    await screen(page, "choose", "二要素認証 ログイン選択");
    await signIn.choose("full");

    await expect(page).toHaveURL(/\/login\/setup$/);
    await screen(page, "setup", "2要素認証の初期設定");
    await page.getByTestId("setup-totp").click();

    await expect(page).toHaveURL(/\/login\/setup\/email/);
    await screen(page, "setup-email", "メールアドレスの確認");
    await signIn.enterCode(codeIn(await waitForMail(account.email, 1)));

    await expect(page).toHaveURL(/\/login\/setup\/authenticator/);
    await screen(page, "setup-authenticator", "Authenticator アプリの登録");
    const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
    await page.getByLabel(/ワンタイムパスワード（6桁）/).fill(totpNow(key));
    await page.getByTestId("totp-confirm").click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await screen(page, "setup-authenticator-recovery-codes", "リカバリーコード");

    // Reloaded, the codes are not shown again: the page of the recovery_codes stage.
    await page.reload();
    await expect(page).toHaveURL(/\/login\/setup\/recovery-codes/);
    await screen(page, "setup-recovery-codes", "リカバリーコード");
    await page.getByTestId("remember-checkbox").check();
    await page.getByTestId("recovery-codes-continue").click();

    await expect(page).toHaveURL(/\/login\/remember/);
    await screen(page, "remember", "ワンタイムパスワード省略設定確認");
    await page.getByTestId("remember-decline").click();
    await expect(page).toHaveURL(/\/home/);
  });

  test("walked in Japanese: step-up and the Authenticator code screen", async ({ page }, info) => {
    const account = e2eAccount("phoneScreensTotp", info.project.name);
    const signIn = new SignIn(page);
    await signIn.limited(account);
    await page.goto("/step-up");
    await screen(page, "step-up", "2要素認証が必要です");
    await page.getByTestId("step-up").click();
    await expect(page).toHaveURL(/\/login\/verify/);
    await screen(page, "verify-totp", "ワンタイムパスワード入力");
    await signIn.enterCode(totpNow(account.totpKey!));
    await expect(page).toHaveURL(/\/home/);
  });

  test("walked in Japanese: the e-mailed code screen", async ({ page }, info) => {
    const account = e2eAccount("phoneScreensEmail", info.project.name);
    const signIn = new SignIn(page);
    const before = (await mailsTo(account.email)).length;
    await signIn.password(account);
    await signIn.choose("full");
    await expect(page).toHaveURL(/\/login\/verify/);
    await screen(page, "verify-email", "ワンタイムパスワード入力");
    await signIn.enterCode(codeIn(await waitForMail(account.email, before + 1)));
    await expect(page).toHaveURL(/\/home/);
  });
});
