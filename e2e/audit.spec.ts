// The audit log as people meet it, on desktop and phone, in Japanese and English:
// an employee reads their own ログイン履歴 (a failed attempt and the sign-in that
// followed), and office staff verify the audit log's hash chain from the console.
import { expect, test } from "@playwright/test";
import { switchToEnglish } from "./phone/page-checks";
import { expectNoSideScroll } from "./support/phone";
import { e2eAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";

test("ログイン履歴: the employee sees the failed attempt and the sign-in, in Japanese and English", async ({ page }, info) => {
  test.setTimeout(120_000);
  const account = e2eAccount("auditHistory", info.project.name);
  const signIn = new SignIn(page);
  await signIn.password({ loginId: account.loginId, password: "not-the-password" });
  await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
  await signIn.fullWithTotp(account);

  await page.goto("/settings");
  await page.getByTestId("link-login-history").click();
  await expect(page.getByRole("heading", { level: 1, name: "ログイン履歴" })).toBeVisible();
  const entries = page.getByTestId("login-history-entry");
  const newest = entries.first();
  await expect(newest).toHaveAttribute("data-outcome", "success");
  await expect(newest).toContainText("成功");
  await expect(newest).toContainText("フル");
  await expect(newest).toContainText(/Chrome|Chromium/);
  const failed = page.locator('[data-testid=login-history-entry][data-outcome="wrong_password"]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText("失敗（パスワード誤り）");
  await expect(page.locator("main")).not.toContainText("Mozilla/5.0");
  await expectNoSideScroll(page);

  await switchToEnglish(page);
  await page.goto("/settings/login-history");
  await expect(page.getByRole("heading", { level: 1, name: "Sign-in history" })).toBeVisible();
  await expect(entries.first()).toContainText("Signed in");
  await expect(entries.first()).toContainText("Full");
  await expect(failed).toContainText("Failed (wrong password)");
});

test("監査ログ: office staff verify the hash chain from the console, in Japanese and English", async ({ page }, info) => {
  test.setTimeout(120_000);
  await new SignIn(page).fullWithTotp(e2eAccount("auditOffice", info.project.name));
  await page.goto("/office");
  await page.getByTestId("console-audit").click();
  await expect(page.getByRole("heading", { level: 1, name: "監査ログ" })).toBeVisible();
  await page.getByTestId("audit-verify").click();
  await expect(page.getByRole("status").filter({ hasText: /監査ログは改ざんされていません（\d+件、最終番号 \d+）。/ })).toBeVisible();
  await expectNoSideScroll(page);

  await switchToEnglish(page);
  await page.goto("/office/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByTestId("audit-verify").click();
  await expect(page.getByRole("status").filter({ hasText: /The audit log is intact \(\d+ entries, last number \d+\)\./ })).toBeVisible();
});

