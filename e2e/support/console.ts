/** The office console's steps that several specs walk: a fresh company, an invited employee. */
import { expect, type Browser, type Page } from "@playwright/test";
import { SignIn } from "./login-page";
import { codeIn, waitForMail } from "./mail";

/** A company code no other test or project uses: a letter B–Z, then up to 9 letters or digits. */
export function freshCode(prefix: string) {
  return `${prefix}${Date.now().toString(36).toUpperCase().slice(-6)}${Math.floor(Math.random() * 36).toString(36).toUpperCase()}`;
}

/** 顧問先企業を追加 from the console's menu; ends on the new company's page. */
export async function addCompany(page: Page, code: string, name: string) {
  await page.goto("/office");
  await expect(page.getByRole("heading", { level: 1, name: "事務所メニュー" })).toBeVisible();
  await page.getByTestId("console-companies").click();
  await expect(page.getByRole("heading", { level: 1, name: "顧問先企業" })).toBeVisible();
  await page.getByTestId("company-add").click();
  await page.getByLabel("企業コード").fill(code.toLowerCase());
  await page.getByLabel("企業名").fill(name);
  await page.getByLabel("担当者名（任意）").fill("総務 太郎");
  await page.getByTestId("company-save").click();
  await expect(page.getByRole("status").filter({ hasText: "顧問先企業を追加しました。" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
}

/**
 * Sets a first password through the invitation mail (`nth`: how many mails the address
 * will have counted this one in) in a context of its own; returns that context's page.
 */
export async function acceptInvitation(browser: Browser, loginId: string, email: string, password: string, nth = 1) {
  const mail = await waitForMail(email, nth);
  expect(mail.text).toContain(`/invite?id=${loginId}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/invite?id=${encodeURIComponent(loginId)}`);
  await expect(page.getByLabel("ログインID")).toHaveValue(loginId);
  await page.getByLabel("招待コード（6桁）").fill(codeIn(mail));
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByLabel("パスワード（確認）").fill(password);
  await page.getByTestId("invite-submit").click();
  await expect(page.getByTestId("invite-done")).toContainText("パスワードを設定しました");
  return { context, page, signIn: new SignIn(page) };
}

/** 従業員の追加 (one employee by form) into a company of the office; returns the new login ID. */
export async function addEmployee(page: Page, company: { code: string; name: string }, employee: { number: string; name: string; email: string }) {
  await page.goto("/office/employees/new");
  // The list's search form has a 顧問先企業 select too: wait for this page's form before choosing.
  await expect(page.getByTestId("employee-create-form")).toBeVisible();
  await page.getByLabel("顧問先企業").selectOption({ label: `${company.code} ${company.name}` });
  await page.getByLabel("社員番号").fill(employee.number);
  await page.getByLabel("氏名").fill(employee.name);
  await page.getByLabel("メールアドレス").fill(employee.email);
  await page.getByTestId("employee-create").click();
  const loginId = `${company.code}-${employee.number}`;
  await expect(page.getByRole("status").filter({ hasText: `${loginId} を追加し、招待メールを送りました。` })).toBeVisible();
  return loginId;
}
