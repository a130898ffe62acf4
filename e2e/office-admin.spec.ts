// 従業員アカウント管理, as the office and the employee walk it, on desktop and phone:
// a sharoushi account resets an employee's second factor, unlocks a locked
// account and changes the address codes go to; an employee is refused the area.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eAccount, type E2EAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";
import { codeIn, mailsTo, waitForMail } from "./support/mail";
import { openSiteMenu } from "./support/site-menu";

/** The office's way to an employee: the header link, the search by login ID, the card's link. */
async function openEmployee(page: Page, loginId: string) {
  await openSiteMenu(page); // folded on a phone
  await page.getByTestId("nav-office").click();
  await page.getByTestId("console-employees").click(); // from the console's menu (/office)
  await expect(page.getByRole("heading", { level: 1, name: "従業員アカウント管理" })).toBeVisible();
  await page.getByLabel("ログインID・氏名").fill(loginId.toLowerCase());
  await page.getByTestId("office-search").click();
  const card = page.getByTestId(`employee-${loginId}`);
  await expect(card).toBeVisible();
  await expect(page.locator("[data-testid^=employee-]").filter({ has: page.getByTestId("employee-open") })).toHaveCount(1);
  return card;
}

async function openDetail(page: Page, loginId: string) {
  const card = await openEmployee(page, loginId);
  await card.getByTestId("employee-open").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(loginId);
}

/** The employee's own browser, separate from the office's. */
async function employeeBrowser(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** A sharoushi account signs in (always with the Authenticator); its home links to the office area. */
async function signInOffice(page: Page, actor: E2EAccount) {
  await new SignIn(page).fullWithTotp(actor);
  await expect(page.getByTestId("link-office")).toBeVisible();
}

test("2要素認証初期化: the employee's open session ends and the next full sign-in enrols by QR", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const actor = e2eAccount("officeResetActor", info.project.name);
  const target = e2eAccount("officeResetTarget", info.project.name);
  const employee = await employeeBrowser(browser);
  await new SignIn(employee.page).fullWithTotp(target);

  await signInOffice(page, actor);
  await openDetail(page, target.loginId);
  await expect(page.getByTestId("detail-factor")).toHaveText("Authenticator");
  await expect(page.getByTestId("detail-sessions")).toHaveText("1件");
  await page.getByTestId("action-reset").click();
  await expect(page.getByRole("heading", { name: "2要素認証初期化" })).toBeVisible();
  await expect(page.getByText("ログイン中のセッションはすべて終了します。")).toBeVisible();
  await page.getByTestId("reset-confirm").click();
  await expect(page.getByRole("status").filter({ hasText: "2要素認証を初期化しました。" })).toBeVisible();
  await expect(page.getByTestId("detail-factor")).toHaveText("未設定");
  await expect(page.getByTestId("detail-sessions")).toHaveText("0件");
  const notice = await waitForMail(target.email, 1);
  expect(notice.subject).toBe("【Tobira】2要素認証が初期化されました");
  expect(notice.text).toContain(target.loginId);

  // The employee's open session is over at its next request.
  await employee.page.goto("/home");
  await expect(employee.page).toHaveURL(/\/login/);
  // The next full sign-in sets the second factor up again: the Authenticator, by QR.
  const signIn = new SignIn(employee.page);
  await signIn.password(target);
  await signIn.choose("full");
  await expect(employee.page).toHaveURL(/\/login\/setup$/);
  await employee.page.getByTestId("setup-totp").click();
  await signIn.enterCode(codeIn(await waitForMail(target.email, 2)));
  await expect(employee.page).toHaveURL(/\/login\/setup\/authenticator/);
  await expect(employee.page.getByTestId("totp-qr")).toBeVisible();
  const key = (await employee.page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  expect(key).not.toBe(target.totpKey);
  await employee.context.close();
});

test("ロック解除: wrong passwords lock the employee out; after the office unlocks, they sign in", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const actor = e2eAccount("officeUnlockActor", info.project.name);
  const target = e2eAccount("officeUnlockTarget", info.project.name);
  const employee = await employeeBrowser(browser);
  const signIn = new SignIn(employee.page);
  const refused = employee.page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" });
  for (let i = 0; i < 5; i++) {
    await signIn.password({ loginId: target.loginId, password: `wrong-password-${i}` });
    await expect(refused).toBeVisible();
  }
  // Locked: even the right password is refused, with the same words.
  await signIn.password(target);
  await expect(refused).toBeVisible();

  await signInOffice(page, actor);
  const card = await openEmployee(page, target.loginId);
  await expect(card.getByTestId("employee-lock")).toHaveText("ロック中");
  await card.getByTestId("employee-open").click();
  await expect(page.getByTestId("detail-lock")).toContainText("ロック中");
  await page.getByTestId("action-unlock").click();
  await expect(page.getByRole("heading", { name: "ロック解除" })).toBeVisible();
  await page.getByTestId("unlock-confirm").click();
  await expect(page.getByRole("status").filter({ hasText: "ロックを解除しました。" })).toBeVisible();
  await expect(page.getByTestId("detail-lock")).toHaveText("なし");
  await expect(page.getByTestId("action-unlock")).toHaveCount(0);
  expect((await waitForMail(target.email, 1)).subject).toBe("【Tobira】アカウントのロックが解除されました");

  await signIn.password(target);
  await signIn.choose("limited");
  await expect(employee.page).toHaveURL(/\/home/);
  await employee.context.close();
});

test("メールアドレス変更: both addresses are told, and the next mailed code goes to the new one", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const actor = e2eAccount("officeEmailActor", info.project.name);
  const target = e2eAccount("officeEmailTarget", info.project.name);
  const newEmail = `new-${target.loginId.toLowerCase()}@e2e.example`;

  await signInOffice(page, actor);
  await openDetail(page, target.loginId);
  await expect(page.getByTestId("detail-email")).toHaveText(target.email);
  await page.getByTestId("action-email").click();
  await expect(page.getByRole("heading", { name: "メールアドレス変更" })).toBeVisible();
  // A malformed address is refused in words, and nothing changes.
  await page.getByLabel("新しいメールアドレス").fill("not-an-address");
  await page.getByTestId("email-review").click();
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
  await expect(page.getByLabel("新しいメールアドレス")).toHaveValue("not-an-address");
  await page.getByLabel("新しいメールアドレス").fill(newEmail);
  await page.getByTestId("email-review").click();
  // The confirmation step: before and after, nothing changed yet.
  await expect(page.getByTestId("email-after")).toHaveText(newEmail);
  expect(await mailsTo(newEmail)).toEqual([]);
  await page.getByTestId("email-commit").click();
  await expect(page.getByRole("status").filter({ hasText: "メールアドレスを変更しました。" })).toBeVisible();
  await expect(page.getByTestId("detail-email")).toHaveText(newEmail);

  const toOld = await waitForMail(target.email, 1);
  expect(toOld.subject).toBe("【Tobira】ワンタイムパスワードが届くアドレスが変更されました");
  expect(toOld.text).not.toContain(newEmail);
  expect((await waitForMail(newEmail, 1)).subject).toBe("【Tobira】メールアドレスが登録されました");

  // The employee's next full sign-in: the code is mailed to the new address only.
  const employee = await employeeBrowser(browser);
  const signIn = new SignIn(employee.page);
  await signIn.password(target);
  await signIn.choose("full");
  await expect(employee.page).toHaveURL(/\/login\/verify/);
  await signIn.enterCode(codeIn(await waitForMail(newEmail, 2)));
  await expect(employee.page).toHaveURL(/\/home/);
  expect(await mailsTo(target.email)).toHaveLength(1);
  await employee.context.close();
});

test("事務所スタッフのロック解除: an office administrator unlocks a locked staff account, which then signs in", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const admin = e2eAccount("officeStaffAdmin", info.project.name);
  const target = e2eAccount("officeStaffTarget", info.project.name);
  const staff = await employeeBrowser(browser);
  const signIn = new SignIn(staff.page);
  const refused = staff.page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" });
  for (let i = 0; i < 5; i++) {
    await signIn.password({ loginId: target.loginId, password: `wrong-password-${i}` });
    await expect(refused).toBeVisible();
  }

  await signInOffice(page, admin);
  await page.goto("/office/employees");
  const section = page.getByTestId("locked-staff");
  await expect(section).toContainText(target.loginId);
  await section.getByRole("button", { name: `${target.loginId} のロックを解除する` }).click();
  await expect(page.getByRole("status").filter({ hasText: "事務所スタッフのロックを解除しました。" })).toBeVisible();
  await expect(page.getByTestId("locked-staff")).not.toContainText(target.loginId);
  expect((await waitForMail(target.email, 1)).subject).toBe("【Tobira】アカウントのロックが解除されました");

  await signInOffice(staff.page, target);
});

test("an employee, even in full mode, is refused the office area", async ({ page, browser }, info) => {
  test.setTimeout(60_000);
  const employee = e2eAccount("officeRefused", info.project.name);
  await new SignIn(page).fullWithTotp(employee);
  await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
  await expect(page.getByTestId("nav-office")).toHaveCount(0);
  await expect(page.getByTestId("link-office")).toHaveCount(0);
  for (const path of ["/office", "/office/employees?q=C001", "/office/companies", "/office/employees/anything", "/office/employees/anything/reset"]) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりません。" })).toBeVisible();
  }
  // Without a session: to the login page, coming back afterwards.
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  await anon.goto("/office");
  await expect(anon).toHaveURL(/\/login\?callbackUrl=%2Foffice/);
  await anonymous.close();
});
