// ワンタイムパスワード入力の省略 (docs/requirements.md R-SKIP-1 to R-SKIP-13)
// and the forced change of an initial password (R-SIGN-3), as a person walks them, on desktop and phone. Time-based
// rules move the server's clock with the x-tobira-test-now header (lib/clock.ts),
// never with a sleep.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eAccount, type E2EAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";
import { mailsTo, waitForMail } from "./support/mail";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CHECKBOX = "次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する";

async function skipCookie(context: BrowserContext, account: E2EAccount) {
  return (await context.cookies()).find((c) => c.name === account.skipCookie);
}

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
}

async function setCookie(context: BrowserContext, name: string, value: string) {
  // Secure, like the server's own (a non-secure cookie may not replace a secure one); localhost counts as secure.
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, secure: true, sameSite: "Lax" }]);
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** The page fits a 320 px wide screen: nothing scrolls sideways. */
async function expectNoSideways(page: Page) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize(size);
}

/** Password, 「すべての機能を利用する」, and where that leads. */
async function passwordThenFull(page: Page, account: E2EAccount) {
  const signIn = new SignIn(page);
  await signIn.password(account);
  await signIn.choose("full");
}

/** On the code screen: optionally tick the box, then enter the Authenticator code or the newest mailed one. */
async function enterCode(page: Page, account: E2EAccount, opts: { remember: boolean; mailsBefore?: number }) {
  const signIn = new SignIn(page);
  await expect(page).toHaveURL(/\/login\/verify/);
  const box = page.getByRole("checkbox", { name: CHECKBOX });
  await expect(box).toBeVisible();
  await expect(box).not.toBeChecked();
  if (opts.remember) await box.check();
  if (account.totpKey) await signIn.totp(account);
  else await signIn.emailCode(account, opts.mailsBefore ?? 0);
}

/** A full sign-in with a code, ticking the box and confirming with [OK]. */
async function signInAndRemember(page: Page, account: E2EAccount) {
  const mailsBefore = (await mailsTo(account.email)).length;
  await passwordThenFull(page, account);
  await enterCode(page, account, { remember: true, mailsBefore });
  await expect(page).toHaveURL(/\/login\/remember/);
  await page.getByTestId("remember-ok").click();
  await expect(page).toHaveURL(/\/home/);
  await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
}

/** Password, chooser, full → signed in at once, without any code. */
async function expectSkip(page: Page, account: E2EAccount) {
  const mailsBefore = (await mailsTo(account.email)).length;
  await passwordThenFull(page, account);
  await expect(page).toHaveURL(/\/home/);
  await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
  expect((await mailsTo(account.email)).length).toBe(mailsBefore); // no code was mailed
}

/** Password, chooser, full → the code screen; then leaves it. */
async function expectCodeAsked(page: Page, account: E2EAccount) {
  await passwordThenFull(page, account);
  await expect(page).toHaveURL(/\/login\/verify/);
  await expect(page.getByRole("heading", { name: "ワンタイムパスワード入力" })).toBeVisible();
  await page.goto("/login/restart");
  await expect(page).toHaveURL(/\/login$/);
}

test.describe("skip the code on this browser", () => {
  test("tick, confirm with [OK], then the next sign-in skips the code (the chooser still shows); notice mail; listed in settings", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("skipSet", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    await enterCode(page, account, { remember: true });

    // The confirmation screen: the cautions, and nothing set or signed in yet.
    await expect(page).toHaveURL(/\/login\/remember/);
    await expect(page.getByTestId("remember-heading")).toHaveText("ワンタイムパスワード省略設定確認");
    await expect(page.getByText(/省略設定後90日間（\d{4}年\d{1,2}月\d{1,2}日まで）/)).toBeVisible();
    await expect(page.getByText("共用のPCや他人の端末では設定しないでください。")).toBeVisible();
    // The rest of the cautions behind 「詳しく」.
    await expect(page.getByText(/Cookieを削除した場合/)).toBeHidden();
    await page.getByText("詳しく", { exact: true }).click();
    await expect(page.getByText(/異なるブラウザからログインした場合はワンタイムパスワードの入力が必要です/)).toBeVisible();
    await expect(page.getByText(/Cookieを削除した場合/)).toBeVisible();
    await expect(page.getByText(/「ワンタイムパスワード入力省略設定」から解除できます/)).toBeVisible();
    await expect(page.getByTestId("remember-browser")).toContainText("Chrome");
    expect(await skipCookie(context, account)).toBeUndefined();
    expect(await sessionCookie(context)).toBeUndefined();

    const before = Date.now();
    await page.getByTestId("remember-ok").click();
    await expect(page).toHaveURL(/\/home/);
    const cookie = (await skipCookie(context, account))!;
    expect(cookie).toBeDefined();
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    // Only an identifier and the expiry (90 days from now), nothing personal.
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}\.\d{10}$/);
    expect(cookie.value).not.toContain(account.loginId);
    const expiry = Number(cookie.value.split(".")[1]) * 1000;
    expect(Math.abs(expiry - (before + 90 * DAY))).toBeLessThan(60_000);
    expect(Math.abs(cookie.expires * 1000 - expiry)).toBeLessThan(2_000);

    const notice = await waitForMail(account.email, 1);
    expect(notice.subject).toBe("【Tobira】ワンタイムパスワード入力の省略が設定されました");
    expect(notice.text).toContain(account.loginId);
    expect(notice.text).toContain("ワンタイムパスワード入力省略設定");

    await logout(page);
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/choose/); // the chooser still appears
    await signIn.choose("full");
    await expect(page).toHaveURL(/\/home/);
    await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");

    // Settings → ワンタイムパスワード入力省略設定: あり, this browser, 90 days left, used.
    await page.goto("/settings");
    await page.getByTestId("settings-skip-link").click();
    await expect(page).toHaveURL(/\/settings\/skip$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ワンタイムパスワード入力省略設定");
    await expect(page.getByTestId("skip-status")).toHaveText("あり");
    const row = page.getByTestId("skip-browser");
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("skip-this-browser")).toBeVisible();
    await expect(row.getByTestId("skip-days-left")).toHaveText("残り90日");
    await expect(row).not.toContainText("未使用");

    // The limited mode needs no code anyway; choosing it is unchanged.
    await logout(page);
    await signIn.limited(account);
    await expect(page.getByTestId("session-mode")).toHaveText("就業打刻・明細閲覧のみ");
  });

  test("leaving the confirmation screen without [OK] sets nothing; the other button signs in without a skip", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("skipLeave", info.project.name);
    await passwordThenFull(page, account);
    await enterCode(page, account, { remember: true, mailsBefore: 0 });
    await expect(page).toHaveURL(/\/login\/remember/);
    await expectNoSideways(page);
    // Back to the code screen is not possible (the code was used); going elsewhere leaves nothing.
    await page.goto("/login/verify");
    await expect(page).toHaveURL(/\/login\/remember/);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/login/);
    expect(await skipCookie(context, account)).toBeUndefined();
    expect(await sessionCookie(context)).toBeUndefined();

    // A new sign-in asks for the code: no skip was recorded.
    const mailsBefore = (await mailsTo(account.email)).length;
    await passwordThenFull(page, account);
    await enterCode(page, account, { remember: true, mailsBefore });
    await expect(page).toHaveURL(/\/login\/remember/);
    await page.getByTestId("remember-decline").click();
    await expect(page).toHaveURL(/\/home/);
    expect(await skipCookie(context, account)).toBeUndefined();
    await page.goto("/settings/skip");
    await expect(page.getByTestId("skip-status")).toHaveText("なし");
    await expect(page.getByTestId("skip-browser")).toHaveCount(0);
    await expectNoSideways(page);
    // No notice mail: only the two codes were sent.
    expect((await mailsTo(account.email)).every((m) => m.subject.includes("ワンタイムパスワード（認証コード）"))).toBe(true);
  });

  test("a main account and its additional account on one browser each set their own skip; cancelling one leaves the other", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const main = e2eAccount("skipMain", info.project.name);
    const additional = e2eAccount("skipAdditional", info.project.name);
    expect(main.skipCookie).not.toBe(additional.skipCookie);

    await signInAndRemember(page, main);
    await logout(page);
    // The main account's skip does not cover the additional account (docs/requirements.md R-SKIP-6).
    await passwordThenFull(page, additional);
    await enterCode(page, additional, { remember: true });
    await page.getByTestId("remember-ok").click();
    await expect(page).toHaveURL(/\/home/);
    await logout(page);
    const mainCookie = (await skipCookie(context, main))!;
    const additionalCookie = (await skipCookie(context, additional))!;
    expect(mainCookie.value).not.toBe(additionalCookie.value);

    // Each skips on its own.
    await expectSkip(page, main);
    await page.goto("/settings/skip");
    await expect(page.getByTestId("skip-browser")).toHaveCount(1); // only the main account's own
    await page.getByTestId("skip-revoke-one").click();
    await expect(page.getByText("省略設定を解除しました。")).toBeVisible();
    await expect(page.getByTestId("skip-status")).toHaveText("なし");
    await logout(page);

    await expectCodeAsked(page, main);
    await expectSkip(page, additional);
    await page.goto("/settings/skip");
    await expect(page.getByTestId("skip-status")).toHaveText("あり");
  });

  test("「ワンタイムパスワードの入力を再開する」 from another browser: the first browser is asked for the code again", async ({ page, browser }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("skipCancelAll", info.project.name);
    await signInAndRemember(page, account);
    await logout(page);

    // Another browser (its own cookies), e.g. after losing the phone.
    const u = info.project.use;
    const other = await browser.newContext({
      baseURL: u.baseURL, locale: u.locale, timezoneId: u.timezoneId, viewport: u.viewport,
      userAgent: u.userAgent, isMobile: u.isMobile, hasTouch: u.hasTouch, deviceScaleFactor: u.deviceScaleFactor,
    });
    const elsewhere = await other.newPage();
    const mailsBefore = (await mailsTo(account.email)).length;
    await passwordThenFull(elsewhere, account);
    await enterCode(elsewhere, account, { remember: false, mailsBefore });
    await expect(elsewhere).toHaveURL(/\/home/);
    await elsewhere.goto("/settings/skip");
    await expect(elsewhere.getByTestId("skip-status")).toHaveText("あり");
    await expect(elsewhere.getByTestId("skip-this-browser")).toHaveCount(0);
    await elsewhere.getByTestId("skip-resume").click();
    await expect(elsewhere).toHaveURL(/\/settings\/skip\/resume/);
    await expect(elsewhere.getByRole("heading", { level: 1 })).toHaveText("ワンタイムパスワード入力再開確認");
    await expect(elsewhere.getByTestId("skip-resume-count")).toHaveText("解除される省略設定：1件");
    await elsewhere.getByTestId("skip-resume-done").click();
    await expect(elsewhere).toHaveURL(/\/settings\/skip\?done=all/);
    await expect(elsewhere.getByTestId("skip-status")).toHaveText("なし");
    await other.close();

    // The first browser still holds its cookie, but the server's record is revoked.
    expect(await skipCookie(page.context(), account)).toBeDefined();
    await expectCodeAsked(page, account);
  });

  test("90 days from when it was set: at 89 days 23 hours it skips, at 90 days the code is asked and the skip can be set again", async ({ page }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("skipBoundary", info.project.name);
    const t0 = Date.now();
    const at = (ms: number) => page.setExtraHTTPHeaders({ "x-tobira-test-now": new Date(t0 + ms).toISOString() });

    await at(0);
    await signInAndRemember(page, account);
    await logout(page);

    await at(89 * DAY + 23 * HOUR);
    await expectSkip(page, account);
    await page.goto("/settings/skip");
    await expect(page.getByTestId("skip-days-left")).toHaveText("残り1日");
    await logout(page);

    await at(90 * DAY);
    const mailsBefore = (await mailsTo(account.email)).length;
    await passwordThenFull(page, account);
    await enterCode(page, account, { remember: true, mailsBefore });
    await page.getByTestId("remember-ok").click();
    await expect(page).toHaveURL(/\/home/);
    await page.goto("/settings/skip");
    await expect(page.getByTestId("skip-browser")).toHaveCount(1); // the expired one is gone from the list
    await expect(page.getByTestId("skip-days-left")).toHaveText("残り90日");
    await logout(page);

    await at(179 * DAY);
    await expectSkip(page, account);
  });

  test("a forged, a bit-flipped and another account's cookie are ignored: the code is asked", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const x = e2eAccount("skipForgedX", info.project.name);
    const y = e2eAccount("skipForgedY", info.project.name);
    await signInAndRemember(page, x);
    await logout(page);
    const good = (await skipCookie(context, x))!.value;

    // One bit flipped in the identifier ("B" ^ 1 = "C", or back).
    const flipped = (good[0] === "B" ? "C" : "B") + good.slice(1);
    await setCookie(context, x.skipCookie, flipped);
    await expectCodeAsked(page, x);

    // A forged identifier with a far expiry.
    await setCookie(context, x.skipCookie, `${"A".repeat(43)}.${Math.floor(Date.now() / 1000) + 3650 * 86400}`);
    await expectCodeAsked(page, x);
    await setCookie(context, x.skipCookie, "not-a-skip-cookie");
    await expectCodeAsked(page, x);

    // X's genuine value under Y's cookie name: bound to X, so not Y's skip.
    await setCookie(context, y.skipCookie, good);
    await expectCodeAsked(page, y);

    // The genuine value under its own name still works: the refusals were the server's record deciding.
    await setCookie(context, x.skipCookie, good);
    await expectSkip(page, x);
  });

  test("a sharoushi ID never skips: a cookie copied from an employee is ignored, no checkbox, and a forged form cannot set one", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const donor = e2eAccount("skipDonor", info.project.name);
    const sharoushi = e2eAccount("skipSharoushi", info.project.name);
    await signInAndRemember(page, donor);
    await logout(page);
    await setCookie(context, sharoushi.skipCookie, (await skipCookie(context, donor))!.value);

    const signIn = new SignIn(page);
    await signIn.password(sharoushi);
    await expect(page).toHaveURL(/\/login\/verify/); // no chooser, and the code is asked
    await expect(page.getByRole("checkbox", { name: CHECKBOX })).toHaveCount(0);
    // Whatever the browser sends: add the box to the form by hand.
    await page.getByTestId("code-form").evaluate((form) => {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = "remember";
      input.value = "on";
      form.appendChild(input);
    });
    await signIn.totp(sharoushi);
    await expect(page).toHaveURL(/\/home/); // straight in: no confirmation screen
    const cookies = await context.cookies();
    expect(cookies.filter((c) => c.name.startsWith("tobira_skip_")).map((c) => c.name).sort()).toEqual([donor.skipCookie, sharoushi.skipCookie].sort());
    expect((await skipCookie(context, sharoushi))!.value).toBe((await skipCookie(context, donor))!.value); // untouched copy

    await page.goto("/settings/skip");
    await expect(page.getByTestId("skip-not-available")).toContainText("ワンタイムパスワード入力の省略は利用できません");
    await expect(page.getByTestId("skip-resume")).toHaveCount(0);
  });
});

test.describe("initial password", () => {
  test("must be changed before anything else: weak or common passwords refused with a message; then the sign-in continues; the old one no longer works", async ({ page, context }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("initialPassword", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/change-password/);
    await expect(page.getByRole("heading", { name: "初期パスワードの変更" })).toBeVisible();

    // Nothing signed in, and the next steps cannot be reached first.
    expect(await sessionCookie(context)).toBeUndefined();
    await page.goto("/login/choose");
    await expect(page).toHaveURL(/\/login\/change-password/);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/login/change-password");

    const form = page.getByTestId("initial-password-form");
    const submit = async (password: string, confirm = password) => {
      await form.getByLabel("新しいパスワード", { exact: true }).fill(password);
      await form.getByLabel("新しいパスワード（確認）").fill(confirm);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined),
        page.getByTestId("initial-password-submit").click(),
      ]);
    };
    await submit("short1");
    await expect(page.getByText("パスワードは8文字以上で入力してください。")).toBeVisible();
    await submit("password123");
    await expect(page.getByText("よく使われているパスワードのため使用できません。推測されにくいパスワードを入力してください。")).toBeVisible();
    await submit(account.password);
    await expect(page.getByText("現在の初期パスワードとは別のパスワードを入力してください。")).toBeVisible();
    await submit("Tobira-Kaede-2026", "Tobira-Kaede-2027");
    await expect(page.getByText("確認用のパスワードが一致しません。")).toBeVisible();
    await expect(page).toHaveURL(/\/login\/change-password/);

    const newPassword = `Kaede-no-Mori-${info.project.name}`;
    await submit(newPassword);
    await expect(page).toHaveURL(/\/login\/choose/);
    await signIn.choose("limited");
    await expect(page).toHaveURL(/\/home/);
    await logout(page);

    await signIn.password(account);
    await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
    await signIn.password({ loginId: account.loginId, password: newPassword });
    await expect(page).toHaveURL(/\/login\/choose/); // not asked to change it again
  });
});

test("a sharoushi ID with an initial password changes it first, then signs in with the Authenticator code as always (no chooser, no skip)", async ({ page }, info) => {
  test.setTimeout(90_000);
  const account = e2eAccount("initialPasswordSharoushi", info.project.name);
  const signIn = new SignIn(page);
  await signIn.password(account);
  await expect(page).toHaveURL(/\/login\/change-password/);
  await expectNoSideways(page);
  const newPassword = `Shiro-Usagi-${info.project.name}-9`;
  await page.getByLabel("新しいパスワード", { exact: true }).fill(newPassword);
  await page.getByLabel("新しいパスワード（確認）").fill(newPassword);
  await page.getByTestId("initial-password-submit").click();
  await expect(page).toHaveURL(/\/login\/verify/); // no chooser for an A… ID
  await expect(page.getByRole("checkbox", { name: CHECKBOX })).toHaveCount(0);
  await signIn.totp(account);
  await expect(page).toHaveURL(/\/home/);
  await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
});
