/** The sign-in steps as a person walks them. */
import { expect, type Page } from "@playwright/test";
import type { E2EAccount } from "./accounts";
import { codeIn, waitForMail, mailsTo } from "./mail";
import { totpNow } from "./totp";

export class SignIn {
  constructor(private readonly page: Page) {}

  async password(account: Pick<E2EAccount, "loginId" | "password">, path = "/login") {
    await this.page.goto(path);
    await this.page.getByLabel(/ログインID|Login ID/).fill(account.loginId);
    await this.page.getByLabel(/^パスワード$|^Password$/).fill(account.password);
    await this.page.getByTestId("login-submit").click();
  }

  async choose(choice: "full" | "limited" | "cancel") {
    await expect(this.page.getByRole("heading", { name: "二要素認証 ログイン選択" })).toBeVisible();
    await this.page.getByTestId(`choose-${choice}`).click();
  }

  /**
   * Submits a code and waits for the server's answer, then for React to reset the form
   * (it does after the action). Without the second wait, a code typed right after a
   * refused one could be wiped by that late reset, and the empty required field would
   * never be submitted (seen on a busy machine).
   */
  async enterCode(code: string) {
    const form = this.page.getByTestId("code-form");
    const field = form.getByRole("textbox");
    await field.fill(code);
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined),
      form.getByRole("button").click(),
    ]);
    await expect.poll(async () => !(await field.isVisible()) || (await field.inputValue({ timeout: 1000 }).catch(() => "")) === "").toBe(true);
  }

  async totp(account: E2EAccount) {
    await expect(this.page).toHaveURL(/\/login\/verify/);
    await this.enterCode(totpNow(account.totpKey!));
  }

  /** Enters the newest e-mailed code; `after` is how many mails the address had before. */
  async emailCode(account: E2EAccount, after: number) {
    await this.enterCode(codeIn(await waitForMail(account.email, after + 1)));
  }

  async mailCount(account: E2EAccount) {
    return (await mailsTo(account.email)).length;
  }

  async fullWithTotp(account: E2EAccount) {
    await this.password(account);
    if (account.loginId.startsWith("A") === false) await this.choose("full");
    await this.totp(account);
    await expect(this.page).toHaveURL(/\/home/);
  }

  /** 初期パスワードの変更: the forced first step of an account with an initial password. */
  async changeInitialPassword(newPassword: string) {
    await expect(this.page).toHaveURL(/\/login\/change-password/);
    await this.page.getByLabel("新しいパスワード", { exact: true }).fill(newPassword);
    await this.page.getByLabel("新しいパスワード（確認）").fill(newPassword);
    await this.page.getByTestId("initial-password-submit").click();
  }

  async limited(account: Pick<E2EAccount, "loginId" | "password">) {
    await this.password(account);
    await this.choose("limited");
    await expect(this.page).toHaveURL(/\/home/);
  }
}
