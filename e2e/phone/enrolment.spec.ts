// Enrolling a second factor on the 320×640 phone one is holding (issue 10, points 1 and 8):
// the Authenticator is opened by a link, not only by scanning a QR code on the same screen;
// the key's groups of four never break across lines and can be copied; the skip box that
// e-mail enrolment offers at its end is offered at the end of TOTP enrolment too; the
// recovery codes have one heading; and the page after the enrolment says that it worked.
import { expect, type Page, test } from "@playwright/test";
import { e2eAccount, type E2EAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { codeIn, waitForMail } from "../support/mail";
import { expectNoSideScroll, expectTapTargets } from "../support/phone";
import { totpNow } from "../support/totp";

/** After the password (and the chooser for employees): the mailbox proof, then the Authenticator page. */
async function toAuthenticatorPage(page: Page, account: E2EAccount) {
  const signIn = new SignIn(page);
  await expect(page).toHaveURL(/\/login\/setup\/email/);
  await signIn.enterCode(codeIn(await waitForMail(account.email, 1)));
  await expect(page).toHaveURL(/\/login\/setup\/authenticator/);
}

/** The key as shown (groups joined). */
async function shownKey(page: Page) {
  return (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
}

/** How many line boxes each element takes: 1 when it never breaks. */
async function lineCounts(page: Page, testId: string) {
  return page.getByTestId(testId).evaluateAll((els) => els.map((el) => el.getClientRects().length));
}

async function confirmFirstCode(page: Page, key: string, label: RegExp) {
  await page.getByLabel(label).fill(totpNow(key));
  await page.getByTestId("totp-confirm").click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
}

test.describe("Authenticator enrolment on a 320 px phone", () => {
  test("open in the app, an unbroken key to copy, one heading with the recovery codes, the skip box at the end, and a success notice", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("phoneEnrolSkip", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    await page.getByTestId("setup-totp").click();
    await toAuthenticatorPage(page, account);

    // The QR code cannot be scanned by the phone showing it: a link hands the entry to the app.
    const key = await shownKey(page);
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    const open = page.getByRole("link", { name: "Authenticator アプリで開く" });
    await expect(open).toBeVisible();
    const href = (await open.getAttribute("href"))!;
    expect(href).toMatch(/^otpauth:\/\/totp\//);
    const uri = new URL(href);
    expect(uri.searchParams.get("secret")).toBe(key);
    expect(decodeURIComponent(uri.pathname)).toContain(account.loginId);

    // Eight groups of four, each on one line; the account name's ID too.
    const groups = page.getByTestId("totp-key-group");
    await expect(groups).toHaveCount(8);
    expect(await groups.allTextContents()).toEqual(key.match(/.{4}/g));
    expect(await lineCounts(page, "totp-key-group")).toEqual(Array(8).fill(1));
    expect(await lineCounts(page, "totp-account-id")).toEqual([1]);
    await expect(page.getByTestId("totp-account-id")).toHaveText(account.loginId);

    // With JavaScript the button copies the key (without spaces) and says so.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "キーをコピー" }).click();
    await expect(page.getByTestId("copy-key-status")).toHaveText("キーをコピーしました");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // Without JavaScript the page has no dead button: the key is plain text to select.
    const html = await (await page.request.get("/login/setup/authenticator")).text();
    expect(html).not.toContain('data-testid="copy-key"');
    for (const group of key.match(/.{4}/g)!) expect(html).toContain(`>${group}</span>`);

    await expectNoSideScroll(page);
    await expectTapTargets(page, 44, "main");

    // The recovery codes replace the enrolment's heading: one heading on the screen.
    await confirmFirstCode(page, key, /ワンタイムパスワード（6桁）/);
    await expect(page.getByRole("heading")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("リカバリーコード");
    await expect(page.getByText("Authenticator アプリの登録が完了しました。")).toBeVisible();
    await expectNoSideScroll(page);
    await expectTapTargets(page, 44, "main");

    // The skip box of e-mail enrolment's end, with its next step: the confirmation screen.
    const box = page.getByLabel("次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する");
    await box.check();
    await page.getByTestId("recovery-codes-continue").click();
    await expect(page).toHaveURL(/\/login\/remember/);
    await page.getByTestId("remember-ok").click();

    await expect(page).toHaveURL(/\/home\?enrolled=1$/);
    await expect(page.getByTestId("enrolled-notice")).toHaveText("2要素認証の設定が完了しました。");
    expect((await context.cookies()).some((c) => c.name === account.skipCookie)).toBe(true);
  });

  test("in English, a sharoushi ID: the same link and copy button, and no skip box (sharoushi IDs never skip)", async ({ page, context, baseURL }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("phoneEnrolEnglish", info.project.name);
    await context.addCookies([{ name: "tobira_locale", value: "en", url: baseURL! }]);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await toAuthenticatorPage(page, account);

    await expect(page.getByRole("link", { name: "Open in Authenticator app" })).toHaveAttribute("href", /^otpauth:\/\/totp\//);
    await expect(page.getByRole("button", { name: "Copy key" })).toBeVisible();
    expect(await lineCounts(page, "totp-key-group")).toEqual(Array(8).fill(1));
    await expectNoSideScroll(page);

    await confirmFirstCode(page, await shownKey(page), /One-time password \(6 digits\)/);
    await expect(page.getByRole("heading")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recovery codes");
    await expect(page.getByTestId("remember-checkbox")).toHaveCount(0);
    await page.getByTestId("recovery-codes-continue").click();
    await expect(page).toHaveURL(/\/home\?enrolled=1$/);
    // Signed in, the pages speak the account's own language (Japanese here).
    await expect(page.getByTestId("enrolled-notice")).toHaveText("2要素認証の設定が完了しました。");
  });

  test("at step-up from the settings: no skip box, and the settings say the enrolment worked", async ({ page }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("phoneStepUpEnrol", info.project.name);
    const signIn = new SignIn(page);
    await signIn.limited(account);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/step-up/);
    await page.getByTestId("step-up").click();
    await expect(page).toHaveURL(/\/login\/setup$/);
    await page.getByTestId("setup-totp").click();
    await toAuthenticatorPage(page, account);

    await confirmFirstCode(page, await shownKey(page), /ワンタイムパスワード（6桁）/);
    await expect(page.getByTestId("remember-checkbox")).toHaveCount(0);
    await page.getByTestId("recovery-codes-continue").click();

    await expect(page).toHaveURL(/\/settings\?enrolled=1$/);
    await expect(page.getByTestId("enrolled-notice")).toHaveText("2要素認証の設定が完了しました。");
    await expectNoSideScroll(page);
    // The notice is the URL's flag alone: the same page without it says nothing.
    await page.goto("/settings");
    await expect(page.getByTestId("enrolled-notice")).toHaveCount(0);
    // The method is shown in the settings' 2要素認証 section.
    await page.goto("/settings/two-factor");
    await expect(page.getByTestId("settings-factor")).toHaveText("Authenticator アプリ");
  });
});
