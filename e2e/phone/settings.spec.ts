// 各種設定 on a 320×640 phone (issue 10, point 6): a short menu of sections, each its own page
// (the 省略設定 entry on the first screen, no form on the menu); the 「このブラウザ」 badge never
// breaks; one date format per language; after [完了] shows なし, 再開 is disabled.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eAccount, type AccountName, type E2EAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { expectNoSideScroll, PHONE } from "../support/phone";
import { expectOwnTapTargets, switchToEnglish } from "./page-checks";

const CHECKBOX = /次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する|Skip the one-time password when I sign in/;
const SLASH_DATE = /\d{4}\/\d{1,2}\/\d{1,2}/;

/** A full sign-in that sets a skip on this browser, then a second sign-in that uses it (so it has a last use). */
async function signInWithUsedSkip(page: Page, name: AccountName, project: string): Promise<E2EAccount> {
  const account = e2eAccount(name, project);
  const signIn = new SignIn(page);
  await signIn.password(account);
  await page.getByTestId("choose-full").click();
  await page.getByRole("checkbox", { name: CHECKBOX }).check();
  await signIn.totp(account);
  await expect(page).toHaveURL(/\/login\/remember/);
  await page.getByTestId("remember-ok").click();
  await expect(page).toHaveURL(/\/home/);
  // Signed out by dropping the session cookie (whatever the header looks like); the skip cookie stays.
  await page.context().clearCookies({ name: /authjs\.session-token/ });
  await signIn.password(account);
  await page.getByTestId("choose-full").click();
  await expect(page).toHaveURL(/\/home/); // the skip stood in for the code
  return account;
}

/** The badge is one line: one box, no taller than one line of its text. */
async function expectOneLine(badge: Locator) {
  const m = await badge.evaluate((el) => ({
    rects: el.getClientRects().length,
    height: el.getBoundingClientRect().height,
    line: parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5,
    padding: parseFloat(getComputedStyle(el).paddingTop) + parseFloat(getComputedStyle(el).paddingBottom),
  }));
  expect(m.rects, "the badge is a single box").toBe(1);
  expect(m.height - m.padding, "the badge is one line high").toBeLessThan(m.line * 1.5);
}

test("the menu is short: every section its own page, 省略設定 on the first screen, no form", async ({ page }, info) => {
  test.setTimeout(120_000);
  const account = e2eAccount("phoneSettingsMenu", info.project.name);
  await new SignIn(page).fullWithTotp(account);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("各種設定");
  await expect(page.locator("main input:not([type=hidden])")).toHaveCount(0);
  const skip = page.getByTestId("settings-skip-link");
  const box = (await skip.boundingBox())!;
  expect(box.y + box.height, "省略設定 ends within the first 640 px").toBeLessThanOrEqual(PHONE.height);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, "the menu is about a screen and a half, not ~2,000 px").toBeLessThanOrEqual(PHONE.height * 1.6);
  await expectNoSideScroll(page);
  await expectOwnTapTargets(page);

  const sections: [string, RegExp, string][] = [
    ["settings-skip-link", /\/settings\/skip$/, "ワンタイムパスワード入力省略設定"],
    ["link-two-factor", /\/settings\/two-factor$/, "2要素認証"],
    ["link-password", /\/settings\/password$/, "パスワード変更"],
    ["link-email", /\/settings\/email$/, "メールアドレス変更"],
    ["link-accounts", /\/settings\/accounts$/, "追加アカウント"],
    ["link-two-factor-reset", /\/settings\/two-factor-reset$/, "2要素認証初期化"],
  ];
  for (const [testId, url, heading] of sections) {
    await page.goto("/settings");
    await page.getByTestId(testId).tap();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }

  // 2要素認証: what the long page held — the method, the app's entry, recovery codes and their re-issue.
  await page.goto("/settings/two-factor");
  await expect(page.getByTestId("settings-factor")).toHaveText("Authenticator アプリ");
  await expect(page.getByTestId("recovery-left")).toHaveText(/\d+個/);
  await expect(page.getByTestId("settings-totp-since")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await page.getByLabel("パスワード", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "リカバリーコードを再発行する" }).tap();
  await expect(page.getByTestId("new-recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expect(page).toHaveURL(/\/settings\/two-factor$/);
});

test("省略設定: the badge on one line, one date format, and 再開 disabled once なし", async ({ page }, info) => {
  test.setTimeout(120_000);
  await signInWithUsedSkip(page, "phoneSettingsSkip", info.project.name);
  await page.goto("/settings/skip");
  await expect(page.getByTestId("skip-status")).toHaveText("あり");
  const item = page.getByTestId("skip-browser");
  await expect(item).toHaveCount(1);
  const badge = item.getByTestId("skip-this-browser");
  await expect(badge).toHaveText("このブラウザ");
  await expectOneLine(badge);
  // Set on: a date; last used: the same date with the time — 2026年11月30日 14:24, never 2026/11/30.
  const values = await item.locator("dd").allTextContents();
  expect(values[0]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(values[1]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  await expect(page.locator("main")).not.toContainText(SLASH_DATE);
  await expectNoSideScroll(page);

  // 再開 → [完了] → なし; then there is nothing to resume, and the buttons say so.
  await page.getByTestId("skip-resume").tap();
  await expect(page).toHaveURL(/\/settings\/skip\/resume$/);
  await expect(page.getByTestId("skip-resume-count")).toHaveText("解除される省略設定：1件");
  await page.getByTestId("skip-resume-done").tap();
  await expect(page).toHaveURL(/\/settings\/skip\?done=all$/);
  await expect(page.getByTestId("skip-status")).toHaveText("なし");
  await expect(page.getByTestId("skip-resume")).toBeDisabled();
  await expect(page.getByTestId("skip-resume-none")).toHaveText("省略設定済みの端末・ブラウザはないため、再開するものはありません。");
  await page.goto("/settings/skip/resume");
  await expect(page.getByTestId("skip-resume-done")).toBeDisabled();
  await expect(page.getByTestId("skip-resume-none")).toBeVisible();
});

test("English: This browser on one line, 30 Nov 2026 and 30 Nov 2026, 14:24", async ({ page, context, baseURL }, info) => {
  test.setTimeout(120_000);
  await context.addCookies([{ name: "tobira_locale", value: "en", url: baseURL! }]);
  await signInWithUsedSkip(page, "phoneSettingsEn", info.project.name);
  // Signed in, the account's language decides.
  await switchToEnglish(page);
  await page.goto("/settings/skip");
  const item = page.getByTestId("skip-browser");
  const badge = item.getByTestId("skip-this-browser");
  await expect(badge).toHaveText("This browser");
  await expectOneLine(badge);
  const values = await item.locator("dd").allTextContents();
  expect(values[0]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  expect(values[1]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
  await expect(page.locator("main")).not.toContainText(SLASH_DATE);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await expect(page.getByTestId("settings-menu").getByRole("link")).toHaveCount(7);
  await expectNoSideScroll(page);
});
