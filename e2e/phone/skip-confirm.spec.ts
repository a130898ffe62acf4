// ワンタイムパスワード省略設定確認 on a 320×640 phone (issue 10, point 4): the cautions that
// matter first, the rest behind 「詳しく」 (a <details>, no script needed), [OK] on the first
// screen, and 「押して」, never 「クリック」 — in Japanese and English.
import { expect, test, type Page } from "@playwright/test";
import { e2eAccount, type AccountName } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { expectNoSideScroll, PHONE, saveScreen } from "../support/phone";
import { totpNow } from "../support/totp";
import { expectOwnTapTargets } from "./page-checks";

const CHECKBOX = /次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する|Skip the one-time password when I sign in/;

/** Password, 「すべての機能を利用する」, tick the box, the Authenticator code: the confirmation screen. */
async function toConfirmation(page: Page, name: AccountName, project: string) {
  const account = e2eAccount(name, project);
  const signIn = new SignIn(page);
  await signIn.password(account);
  await page.getByTestId("choose-full").click();
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByRole("checkbox", { name: CHECKBOX }).check();
  await signIn.totp(account);
  await expect(page).toHaveURL(/\/login\/remember/);
  return account;
}

/** [OK] is whole within the first screen, without scrolling. */
async function expectOkOnFirstScreen(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await page.getByTestId("remember-ok").boundingBox())!;
  expect(box, "[OK] is rendered").not.toBeNull();
  expect(box.y + box.height, "[OK] ends within the first 640 px").toBeLessThanOrEqual(PHONE.height);
}

test("Japanese: the cautions that matter, 「詳しく」 for the rest, [OK] on the first screen, 押して", async ({ page, context }, info) => {
  test.setTimeout(90_000);
  await toConfirmation(page, "phoneSkipConfirmJa", info.project.name);
  await expect(page.getByTestId("remember-heading")).toHaveText("ワンタイムパスワード省略設定確認");
  await expect(page.getByText("次の注意事項をご確認のうえ、[OK]ボタンを押してください。[OK]ボタンを押すまで、省略設定は行われません。")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("クリック");

  const cautions = page.getByTestId("remember-cautions");
  await expect(cautions.locator("li")).toHaveCount(2);
  await expect(cautions).toContainText(/省略設定後90日間（\d{4}年\d{1,2}月\d{1,2}日まで）です。/);
  await expect(cautions).toContainText("共用のPCや他人の端末では設定しないでください。");
  await expectOkOnFirstScreen(page);

  // The rest is there, folded: seed wording, closed until 「詳しく」 is pressed.
  const details = page.getByTestId("remember-details");
  await expect(details).not.toHaveAttribute("open");
  await expect(page.getByText(/Cookieを削除した場合/)).toBeHidden();
  await expectNoSideScroll(page);
  await expectOwnTapTargets(page);
  await saveScreen(page, "skip-confirm");

  await details.locator("summary").tap();
  await expect(page.getByText(/Cookieを削除した場合、次回のログインでワンタイムパスワードの入力が必要になります。/)).toBeVisible();
  await expect(page.getByText(/ワンタイムパスワードの入力が省略されます。/)).toBeVisible();
  await expect(page.getByText(/異なるブラウザからログインした場合はワンタイムパスワードの入力が必要です。/)).toBeVisible();
  await expect(page.getByText(/メインのアカウントと追加アカウントでは、それぞれで省略設定が必要です。/)).toBeVisible();
  await expect(page.getByText(/再び90日間はワンタイムパスワードの入力を省略できます。/)).toBeVisible();
  await expect(page.getByTestId("remember-browser")).toBeVisible();
  await expectNoSideScroll(page);
  await saveScreen(page, "skip-confirm-details");

  await page.getByTestId("remember-ok").tap();
  await expect(page).toHaveURL(/\/home/);
  expect((await context.cookies()).some((c) => c.name.startsWith("tobira_skip_"))).toBe(true);
});

test("English: the same screen, OK on the first screen, press rather than click", async ({ page, context, baseURL }, info) => {
  test.setTimeout(90_000);
  await context.addCookies([{ name: "tobira_locale", value: "en", url: baseURL! }]);
  await toConfirmation(page, "phoneSkipConfirmEn", info.project.name);
  await expect(page.getByTestId("remember-heading")).toHaveText("Confirm skipping the one-time password");
  await expect(page.locator("body")).not.toContainText(/click/i);
  await expect(page.getByTestId("remember-cautions").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("remember-cautions")).toContainText(/The skip lasts 90 days from now \(until \d{1,2} [A-Z][a-z]{2} \d{4}\)\./);
  await expectOkOnFirstScreen(page);
  await expect(page.getByText(/If you delete your cookies/)).toBeHidden();
  await page.getByTestId("remember-details").locator("summary").tap();
  await expect(page.getByText(/If you delete your cookies/)).toBeVisible();
  await expectNoSideScroll(page);
  await expectOwnTapTargets(page);
  await page.getByTestId("remember-decline").tap();
  await expect(page).toHaveURL(/\/home/);
  expect((await context.cookies()).some((c) => c.name.startsWith("tobira_skip_"))).toBe(false);
});

test("without JavaScript 「詳しく」 still opens (a native <details>)", async ({ browser, baseURL }, info) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, baseURL });
  const page = await context.newPage();
  const account = e2eAccount("phoneSkipConfirmNoJs", info.project.name);
  await page.goto("/login");
  await page.getByLabel("ログインID").fill(account.loginId);
  await page.getByLabel(/^パスワード$/).fill(account.password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("choose-full").click();
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByRole("checkbox", { name: CHECKBOX }).check();
  const form = page.getByTestId("code-form");
  await form.getByRole("textbox").fill(totpNow(account.totpKey!));
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/login\/remember/);
  await expect(page.getByText(/Cookieを削除した場合/)).toBeHidden();
  await page.getByTestId("remember-details").locator("summary").click();
  await expect(page.getByText(/Cookieを削除した場合/)).toBeVisible();
  await context.close();
});
