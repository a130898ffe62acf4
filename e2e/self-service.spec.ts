// The signed-in user's own changes, as a person walks them on desktop and phone:
// password change, two-factor reset (full and limited mode), e-mail address
// change, and additional accounts — and what each one ends elsewhere.
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { e2eAccount, type E2EAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";
import { codeIn, mailsTo, waitForMail } from "./support/mail";

const NEW_PASSWORD = "Kawa-no-nagare-2026";

/** A second, independent browser (its own cookies), for the sessions a change must end. */
async function otherBrowser(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

async function openSettingsLink(page: Page, testId: string) {
  await page.goto("/settings");
  await page.getByTestId(testId).click();
}

test.describe("password change (パスワード変更)", () => {
  test("the old password then fails, the new one works, and another browser's session has ended", async ({ page, browser }, info) => {
    test.setTimeout(60_000);
    const account = e2eAccount("selfPassword", info.project.name);
    const other = await otherBrowser(browser);
    await new SignIn(other.page).limited(account);

    const signIn = new SignIn(page);
    await signIn.fullWithTotp(account);
    await openSettingsLink(page, "link-password");
    await expect(page).toHaveURL(/\/settings\/password/);
    const form = page.getByTestId("password-change-form");

    // The rules speak the user's language.
    await form.getByLabel("現在のパスワード").fill(account.password);
    await form.getByLabel("新しいパスワード", { exact: true }).fill("password123");
    await form.getByLabel("新しいパスワード（確認）").fill("password123");
    await form.getByTestId("password-change-submit").click();
    await expect(form.getByRole("alert").filter({ hasText: "よく使われている" })).toBeVisible();

    // A wrong current password changes nothing.
    await form.getByLabel("現在のパスワード").fill("not-my-password");
    await form.getByLabel("新しいパスワード", { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel("新しいパスワード（確認）").fill(NEW_PASSWORD);
    await form.getByTestId("password-change-submit").click();
    await expect(form.getByRole("alert").filter({ hasText: "パスワードが正しくありません。" })).toBeVisible();

    await form.getByLabel("現在のパスワード").fill(account.password);
    await form.getByLabel("新しいパスワード", { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel("新しいパスワード（確認）").fill(NEW_PASSWORD);
    await form.getByTestId("password-change-submit").click();
    await expect(form.getByRole("status").filter({ hasText: "パスワードを変更しました" })).toBeVisible();
    expect((await waitForMail(account.email, 1)).subject).toContain("パスワードが変更されました");

    // This browser stays signed in; the other one is out.
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings$/);
    await other.page.goto("/home");
    await expect(other.page).toHaveURL(/\/login/);
    await other.close();

    await page.getByRole("button", { name: "ログアウト" }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn.password(account);
    await expect(page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
    await signIn.password({ loginId: account.loginId, password: NEW_PASSWORD });
    await signIn.choose("limited");
    await expect(page).toHaveURL(/\/home/);
  });
});

test.describe("two-factor reset (2要素認証初期化)", () => {
  test("from the full mode with the password (社労士専用ID): signed out everywhere, then the next sign-in enrols by QR", async ({ page, browser }, info) => {
    test.setTimeout(60_000);
    const account = e2eAccount("selfResetFull", info.project.name);
    const signIn = new SignIn(page);
    await signIn.fullWithTotp(account);
    // The same session carried to another browser: the reset ends it too.
    const other = await otherBrowser(browser);
    await other.page.context().addCookies(await page.context().cookies());

    await openSettingsLink(page, "link-two-factor-reset");
    await expect(page.getByRole("heading", { name: "2要素認証初期化" })).toBeVisible();
    await expect(page.getByTestId("reset-effects")).toContainText("QRコード");
    // Full mode: the password only, no code.
    await expect(page.getByTestId("reset-send-code-form")).toHaveCount(0);
    const form = page.getByTestId("reset-form");
    await form.getByLabel("パスワード").fill("not-my-password");
    await form.getByTestId("reset-submit").click();
    await expect(form.getByRole("alert").filter({ hasText: "パスワードが正しくありません。" })).toBeVisible();

    await form.getByLabel("パスワード").fill(account.password);
    await form.getByTestId("reset-submit").click();
    await expect(page).toHaveURL(/\/login\?reset=1/);
    await expect(page.getByRole("status").filter({ hasText: "2要素認証を初期化し、ログアウトしました" })).toBeVisible();
    expect((await waitForMail(account.email, 1)).subject).toContain("2要素認証が初期化されました");
    await other.page.goto("/home");
    await expect(other.page).toHaveURL(/\/login/);
    await other.close();

    // The old Authenticator is gone: the next sign-in sets it up again from the QR code.
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/setup\/email/);
    await signIn.enterCode(codeIn(await waitForMail(account.email, 2)));
    await expect(page).toHaveURL(/\/login\/setup\/authenticator/);
    await expect(page.getByTestId("totp-qr")).toBeVisible();
  });

  test("from the limited mode with the password and a code mailed to the registered address", async ({ page }, info) => {
    test.setTimeout(60_000);
    const account = e2eAccount("selfResetLimited", info.project.name);
    const signIn = new SignIn(page);
    await signIn.limited(account);
    // Nothing else of the settings opens in the limited mode.
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/step-up/);
    await page.goto("/settings/password");
    await expect(page).toHaveURL(/\/step-up/);

    await page.goto("/home");
    await page.getByTestId("limited-reset-link").click();
    await expect(page).toHaveURL(/\/settings\/two-factor-reset/);
    // Without a code there is no reset form yet.
    await expect(page.getByTestId("reset-form")).toHaveCount(0);
    await page.getByTestId("reset-send-code").click();
    await expect(page.getByRole("status").filter({ hasText: "確認コードを送信しました" })).toBeVisible();
    const mail = await waitForMail(account.email, 1);
    expect(mail.subject).toContain("2要素認証初期化の確認コード");
    const code = codeIn(mail);

    const form = page.getByTestId("reset-form");
    await form.getByLabel("パスワード").fill(account.password);
    await form.getByLabel("確認コード（6桁）").fill(code === "000000" ? "111111" : "000000");
    await form.getByTestId("reset-submit").click();
    await expect(form.getByRole("alert").filter({ hasText: "確認コードが正しくありません。" })).toBeVisible();

    await form.getByLabel("パスワード").fill(account.password);
    // Full-width digits, as a phone keyboard may type them.
    await form.getByLabel("確認コード（6桁）").fill(code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    await form.getByTestId("reset-submit").click();
    await expect(page).toHaveURL(/\/login\?reset=1/);
    expect((await waitForMail(account.email, 2)).subject).toContain("2要素認証が初期化されました");

    // The next full sign-in asks to set up a factor again.
    await signIn.password(account);
    await signIn.choose("full");
    await expect(page).toHaveURL(/\/login\/setup$/);
    await page.getByTestId("setup-totp").click();
    await signIn.enterCode(codeIn(await waitForMail(account.email, 3)));
    await expect(page.getByTestId("totp-qr")).toBeVisible();
  });
});

test.describe("e-mail address change (メールアドレス変更)", () => {
  test("a code to the new address changes it, the old address is told, and the next sign-in code goes to the new one", async ({ page }, info) => {
    test.setTimeout(60_000);
    const account = e2eAccount("selfEmail", info.project.name);
    const newAddress = `new-${account.loginId.toLowerCase()}-${Date.now()}@e2e.example`;
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    await signIn.emailCode(account, 0);
    await expect(page).toHaveURL(/\/home/);

    await openSettingsLink(page, "link-email");
    await expect(page.getByTestId("current-email")).toHaveText(account.email);
    const request = page.getByTestId("email-request-form");
    await request.getByLabel("新しいメールアドレス").fill(newAddress);
    await request.getByLabel("パスワード").fill(account.password);
    await request.getByTestId("email-request").click();
    await expect(page.getByTestId("email-pending")).toContainText(newAddress);
    const code = codeIn(await waitForMail(newAddress, 1));

    const confirm = page.getByTestId("email-confirm-form");
    await confirm.getByLabel("確認コード（6桁）").fill(code);
    await confirm.getByTestId("email-confirm").click();
    await expect(page.getByRole("status").filter({ hasText: `メールアドレスを ${newAddress} に変更しました。` })).toBeVisible();
    await expect(page.getByTestId("current-email")).toHaveText(newAddress);
    const notice = await waitForMail(account.email, 2);
    expect(notice.subject).toContain("メールアドレスが変更されました");
    // The new address is told what it now receives, and that other sessions and skips ended.
    const registered = await waitForMail(newAddress, 2);
    expect(registered.subject).toContain("メールアドレスが登録されました");

    // The next sign-in's code goes to the new address, and nothing more to the old one.
    await page.getByRole("button", { name: "ログアウト" }).click();
    await signIn.password(account);
    await signIn.choose("full");
    await signIn.enterCode(codeIn(await waitForMail(newAddress, 3)));
    await expect(page).toHaveURL(/\/home/);
    expect(await mailsTo(account.email)).toHaveLength(2);
  });
});

test.describe("additional accounts (追加アカウント)", () => {
  test("a main account creates one, renames it and disables it: it can no longer sign in and its open session ends", async ({ page, browser }, info) => {
    test.setTimeout(90_000);
    const main: E2EAccount = e2eAccount("selfMainAccount", info.project.name);
    await new SignIn(page).fullWithTotp(main);
    await openSettingsLink(page, "link-accounts");
    await expect(page.getByRole("heading", { name: "追加アカウント", exact: true })).toBeVisible();

    const create = page.getByTestId("create-account-form");
    const email = `extra-${main.loginId.toLowerCase()}-${Date.now()}@e2e.example`;
    await create.getByLabel("表示名").fill("経理担当");
    await create.getByLabel("メールアドレス").fill(email);
    // A sensitive action: the main account's password again. A wrong one creates nothing.
    await create.getByLabel("現在のパスワード").fill("not-the-password");
    await create.getByTestId("create-account").click();
    await expect(create.getByText("パスワードが正しくありません。").first()).toBeVisible();
    await expect(page.getByTestId("created-account")).toHaveCount(0);
    await create.getByLabel("表示名").fill("経理担当");
    await create.getByLabel("メールアドレス").fill(email);
    await create.getByLabel("現在のパスワード").fill(main.password);
    await create.getByTestId("create-account").click();
    const loginId = (await page.getByTestId("created-login-id").textContent())!.trim();
    const password = (await page.getByTestId("initial-password").textContent())!.trim();
    expect(loginId).toMatch(new RegExp(`^${main.loginId}-\\d+$`));
    expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    expect((await waitForMail(email, 1)).text).not.toContain(password);

    const row = page.getByTestId(`account-${loginId}`);
    await row.getByTestId(`rename-${loginId}`).getByLabel("表示名").fill("経理担当（本社）");
    await row.getByRole("button", { name: "表示名を変更" }).click();
    await expect(row.getByTestId("account-name")).toHaveText("経理担当（本社）");

    // The additional account signs in on its own, in another browser.
    const other = await otherBrowser(browser);
    const otherSignIn = new SignIn(other.page);
    await otherSignIn.password({ loginId, password });
    // Its initial password must be changed first (the forced change at sign-in).
    await otherSignIn.changeInitialPassword(`Keiri-Honsha-${info.project.name}-2026`);
    await otherSignIn.choose("limited");
    await expect(other.page).toHaveURL(/\/home/);
    await expect(other.page.getByTestId("session-mode")).toHaveText("就業打刻・明細閲覧のみ");

    await row.getByTestId(`disable-${loginId}`).locator("summary").click();
    await row.getByRole("button", { name: "無効にする（元に戻せません）" }).click();
    await expect(row.getByTestId("account-status")).toContainText("無効");

    // Its open session has ended, and it cannot sign in again.
    await other.page.goto("/home");
    await expect(other.page).toHaveURL(/\/login/);
    await new SignIn(other.page).password({ loginId, password });
    await expect(other.page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" })).toBeVisible();
    await other.close();

    // The main account is still signed in.
    await page.goto("/settings/accounts");
    await expect(page).toHaveURL(/\/settings\/accounts/);
  });
});

/** Captures the POST of a server action on `path` without sending it; returns a replay for another session. */
async function captureAction(page: Page, path: string, submit: () => Promise<void>) {
  let captured: Request | undefined;
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() === "POST") {
      captured = route.request();
      return route.abort();
    }
    return route.continue();
  });
  await submit();
  await expect.poll(() => captured).toBeTruthy();
  await page.unroute(`**${path}`);
  const request = captured!;
  return (other: Page) =>
    other.request.post(path, {
      headers: { "next-action": request.headers()["next-action"]!, "content-type": request.headers()["content-type"]!, accept: "text/x-component" },
      data: request.postDataBuffer()!,
      maxRedirects: 0,
    });
}

test.describe("refusals when the actions are called directly", () => {
  test("a limited session replaying the password change action is sent to step-up and the password stays", async ({ page, browser }, info) => {
    test.setTimeout(60_000);
    const account = e2eAccount("selfReplayLimited", info.project.name);
    await new SignIn(page).fullWithTotp(account);
    await page.goto("/settings/password");
    const form = page.getByTestId("password-change-form");
    const replay = await captureAction(page, "/settings/password", async () => {
      await form.getByLabel("現在のパスワード").fill(account.password);
      await form.getByLabel("新しいパスワード", { exact: true }).fill(NEW_PASSWORD);
      await form.getByLabel("新しいパスワード（確認）").fill(NEW_PASSWORD);
      await form.getByTestId("password-change-submit").click();
    });

    const other = await otherBrowser(browser);
    await new SignIn(other.page).limited(account);
    const res = await replay(other.page);
    expect(res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "").toContain("/step-up");
    await other.close();

    // The old password still signs in.
    const check = await otherBrowser(browser);
    await new SignIn(check.page).limited(account);
    await check.close();
  });

  test("another main account replaying the disable action with this account's additional account ID changes nothing", async ({ page, browser }, info) => {
    test.setTimeout(90_000);
    const owner = e2eAccount("selfReplayOwner", info.project.name);
    const stranger = e2eAccount("selfReplayStranger", info.project.name);
    await new SignIn(page).fullWithTotp(owner);
    await page.goto("/settings/accounts");
    const create = page.getByTestId("create-account-form");
    await create.getByLabel("表示名").fill("本人の追加アカウント");
    await create.getByLabel("メールアドレス").fill(`extra-${owner.loginId.toLowerCase()}-${Date.now()}@e2e.example`);
    await create.getByLabel("現在のパスワード").fill(owner.password);
    await create.getByTestId("create-account").click();
    const loginId = (await page.getByTestId("created-login-id").textContent())!.trim();
    const row = page.getByTestId(`account-${loginId}`);
    const replay = await captureAction(page, "/settings/accounts", async () => {
      await row.getByTestId(`disable-${loginId}`).locator("summary").click();
      await row.getByRole("button", { name: "無効にする（元に戻せません）" }).click();
    });

    const other = await otherBrowser(browser);
    await new SignIn(other.page).fullWithTotp(stranger);
    const res = await replay(other.page);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("この追加アカウントは見つかりません。");
    await other.close();

    await page.reload();
    await expect(page.getByTestId(`account-${loginId}`).getByTestId("account-status")).toContainText("利用中");
  });
});

test("every self-service page fits a 320 px wide screen, with labelled fields", async ({ page }, info) => {
  const account = e2eAccount("selfNarrow", info.project.name);
  await page.setViewportSize({ width: 320, height: 640 });
  await new SignIn(page).fullWithTotp(account);
  for (const path of ["/settings", "/settings/two-factor", "/settings/skip", "/settings/password", "/settings/email", "/settings/two-factor-reset", "/settings/accounts"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    // Every visible input has a label a screen reader announces.
    const unlabelled = await page.locator("input:not([type=hidden])").evaluateAll((inputs) =>
      inputs.filter((i) => !(i as HTMLInputElement).labels?.length && !i.getAttribute("aria-label")).map((i) => i.id || i.getAttribute("name")),
    );
    expect(unlabelled, path).toEqual([]);
  }
});
