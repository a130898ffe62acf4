// 事務所スタッフ (issue 11 §1) on desktop and phone: an office administrator adds a
// colleague, who sets their own first password from the invitation and goes on to
// prove their mailbox; the administrator disables them (their sign-in is refused),
// re-enables and resets them (a new invitation). A sharoushi who is not an
// administrator neither sees the section nor reaches it.
import { expect, test } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { acceptInvitation } from "./support/console";
import { SignIn } from "./support/login-page";
import { mailsTo, waitForMail } from "./support/mail";

test("an administrator adds, disables, re-enables and resets a colleague", async ({ page, browser }, info) => {
  test.setTimeout(150_000);
  await new SignIn(page).fullWithTotp(e2eAccount("consoleStaffAdmin", info.project.name));
  await page.goto("/office");
  await page.getByTestId("console-staff").click();
  await expect(page.getByRole("heading", { level: 1, name: "事務所スタッフ" })).toBeVisible();

  const form = page.getByTestId("staff-create-form");
  const email = `staff-${info.project.name}-${Date.now().toString(36)}@example.jp`;
  await form.getByLabel("氏名").fill("同僚 一郎");
  await form.getByLabel("メールアドレス").fill("not-an-address");
  await page.getByTestId("staff-create").click();
  await expect(form.getByLabel("氏名")).toHaveValue("同僚 一郎"); // refused, what was typed kept
  await form.getByLabel("メールアドレス").fill(email);
  await page.getByTestId("staff-create").click();
  const created = page.getByRole("status").filter({ hasText: "を追加し、招待メールを送りました。" });
  await expect(created).toBeVisible();
  const loginId = (await created.textContent())!.match(/A\d+/)![0];

  const password = "colleague garden path 31";
  const { context, page: colleague, signIn } = await acceptInvitation(browser, loginId, email, password);
  await signIn.password({ loginId, password });
  await expect(colleague).toHaveURL(/\/login\/setup\/email/); // first sign-in proves the mailbox

  await page.reload();
  const row = page.getByTestId(`staff-${loginId}`);
  await row.getByTestId("staff-toggle").click();
  await expect(page.getByRole("status").filter({ hasText: "利用停止にしました。" })).toBeVisible();
  await expect(page.getByTestId(`staff-${loginId}`)).toContainText("利用停止中");
  await signIn.password({ loginId, password });
  await expect(colleague.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();

  await page.getByTestId(`staff-${loginId}`).getByTestId("staff-toggle").click();
  await expect(page.getByRole("status").filter({ hasText: "利用を再開しました。" })).toBeVisible();
  // A reset right after another mail of the invitation is told as such: reset, but no mail yet.
  await page.getByTestId(`staff-${loginId}`).getByTestId("staff-reset").click();
  await expect(page.locator("#staff-done")).toBeVisible();
  await page.getByTestId(`staff-${loginId}`).getByTestId("staff-reset").click();
  await expect(page.locator("#staff-done")).toHaveText("リセットしましたが、招待メールは直前に送ったばかりのため送っていません。1分ほど待ってからリセットをやり直してください。");
  // Two minutes later (the test clock) the reset mails a new invitation.
  const mailsBefore = (await mailsTo(email)).length;
  await page.setExtraHTTPHeaders({ "x-tobira-test-now": new Date(Date.now() + 2 * 60_000).toISOString() });
  await page.getByTestId(`staff-${loginId}`).getByTestId("staff-reset").click();
  await expect(page.locator("#staff-done")).toHaveText("リセットし、招待メールを送りました。");
  await waitForMail(email, mailsBefore + 1);
  // The old password no longer opens the account; the new invitation sets a new one.
  await signIn.password({ loginId, password });
  await expect(colleague.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
  await context.close();
  const again = await acceptInvitation(browser, loginId, email, "colleague garden path 32", mailsBefore + 1);
  await again.signIn.password({ loginId, password: "colleague garden path 32" });
  await expect(again.page).toHaveURL(/\/login\/setup\/email/);
  await again.context.close();
});

test("a sharoushi who is not an administrator has no 事務所スタッフ: not in the menu, 404 by URL", async ({ page }, info) => {
  await new SignIn(page).fullWithTotp(e2eAccount("consoleStaffPlain", info.project.name));
  await page.goto("/office");
  await expect(page.getByRole("heading", { level: 1, name: "事務所メニュー" })).toBeVisible();
  await expect(page.getByTestId("console-companies")).toBeVisible();
  await expect(page.getByTestId("console-staff")).toHaveCount(0);
  const answer = await page.goto("/office/staff");
  expect(answer?.status()).toBe(404);
});
