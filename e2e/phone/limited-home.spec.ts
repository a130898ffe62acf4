// The limited home (「就業打刻・明細閲覧のみ」) on a 320×640 phone (issue 10, point 5): 打刻 is the
// first thing under the thumb, on the first screen; 2要素認証初期化 is offered only to an account
// that has a factor to reset (docs/requirements.md R-RESET-4).
import { expect, test, type Page } from "@playwright/test";
import { e2eAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { expectNoSideScroll, PHONE, saveScreen } from "../support/phone";
import { switchToEnglish } from "./page-checks";

/** 打刻 is the first link or button of the page's content, and whole on the first screen. */
async function expectPunchFirst(page: Page) {
  const first = page.locator("main").locator("a[href], button").first();
  await expect(first).toHaveAttribute("data-testid", "link-punch");
  await expect(first).toHaveAttribute("href", "/attendance");
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await first.boundingBox())!;
  expect(box.y + box.height, "打刻 ends within the first 640 px").toBeLessThanOrEqual(PHONE.height);
  // …and above the limited mode's note, which no longer pushes it down.
  const note = (await page.getByTestId("limited-note").boundingBox())!;
  expect(box.y).toBeLessThan(note.y);
}

test("an enrolled employee: 打刻 first, then the note with step-up and 2要素認証初期化", async ({ page }, info) => {
  const account = e2eAccount("phoneLimitedEnrolled", info.project.name);
  await new SignIn(page).limited(account);
  await expectPunchFirst(page);
  await expect(page.getByTestId("limited-reset-link")).toBeVisible();
  await expectNoSideScroll(page);
  await saveScreen(page, "limited-home");
  await page.getByTestId("link-punch").tap();
  await expect(page).toHaveURL(/\/attendance$/);
});

test("never enrolled a factor: no 2要素認証初期化 on the home, and its page offers no form", async ({ page }, info) => {
  const account = e2eAccount("phoneLimitedNoFactor", info.project.name);
  await new SignIn(page).limited(account);
  await expectPunchFirst(page);
  await expect(page.getByTestId("step-up-link")).toBeVisible();
  await expect(page.getByTestId("limited-reset-link")).toHaveCount(0);
  await expect(page.getByText("スマートフォンを紛失した場合など：2要素認証初期化")).toHaveCount(0);

  await page.goto("/settings/two-factor-reset");
  await expect(page.getByTestId("reset-not-enrolled")).toHaveText(/まだ2要素認証が設定されていないため、初期化するものはありません。/);
  await expect(page.getByLabel("パスワード")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /確認コードをメールで送信する|2要素認証を初期化する/ })).toHaveCount(0);
  await expectNoSideScroll(page);
});

test("English, e-mail factor: “Clock in / out” first, the reset offered", async ({ page, context, baseURL }, info) => {
  await context.addCookies([{ name: "tobira_locale", value: "en", url: baseURL! }]);
  const account = e2eAccount("phoneLimitedEn", info.project.name);
  await page.goto("/login");
  await page.getByLabel("Login ID").fill(account.loginId);
  await page.getByLabel(/^Password$/).fill(account.password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("choose-limited").click();
  await expect(page).toHaveURL(/\/home/);
  // Signed in, the account's language decides.
  await switchToEnglish(page);
  await expect(page).toHaveURL(/\/home/);
  await expectPunchFirst(page);
  await expect(page.getByTestId("limited-reset-link")).toHaveText("Lost your phone? Reset two-factor authentication");
  await expectNoSideScroll(page);
});
