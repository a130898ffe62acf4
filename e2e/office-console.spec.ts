// The office console (issue 11 §1) as the office and a new employee walk it, on
// desktop and phone: add a client company, add an employee whose invitation sets
// the first password, import a Shift_JIS CSV (a bad file lists its lines and
// imports nothing), disable an employee and a company; one run in English.
import { expect, test } from "@playwright/test";
import iconv from "iconv-lite";
import { e2eAccount } from "./support/accounts";
import { acceptInvitation, addCompany, freshCode } from "./support/console";
import { SignIn } from "./support/login-page";
import { waitForMail } from "./support/mail";
import { openSiteMenu } from "./support/site-menu";

test("add a company and an employee; the invitation sets the first password; disabling ends the employee's session", async ({ page, browser }, info) => {
  test.setTimeout(150_000);
  await new SignIn(page).fullWithTotp(e2eAccount("consoleCompanies", info.project.name));
  const code = freshCode(info.project.name === "phone" ? "P" : "D");
  await addCompany(page, code, "株式会社テスト商事");

  await page.goto("/office/employees");
  await page.getByTestId("employee-add").click();
  // The list's search form has a 顧問先企業 select too: wait for the new page before choosing.
  await expect(page.getByTestId("employee-create-form")).toBeVisible();
  await page.getByLabel("顧問先企業").selectOption({ label: `${code} 株式会社テスト商事` });
  await page.getByLabel("社員番号").fill("123"); // too short: refused, the rest kept
  await page.getByLabel("氏名").fill("招待 花子");
  await page.getByLabel("フリガナ（任意）").fill("ショウタイ ハナコ");
  const email = `${code.toLowerCase()}-hanako@example.jp`;
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("社員番号").fill("12");
  await page.getByTestId("employee-create").click();
  await expect(page.getByText("社員番号は3〜8桁の数字で入力してください。")).toBeVisible();
  await page.getByLabel("社員番号").fill("00123");
  await page.getByTestId("employee-create").click();
  const loginId = `${code}-00123`;
  await expect(page.getByRole("status").filter({ hasText: `${loginId} を追加し、招待メールを送りました。` })).toBeVisible();
  await expect(page.getByTestId("detail-awaiting")).toBeVisible();

  const mail = await waitForMail(email, 1);
  expect(mail.subject).toBe("【Tobira】アカウントのご案内（初回パスワードの設定）");
  const { context, page: employee, signIn } = await acceptInvitation(browser, loginId, email, "my own garden path 77");
  await signIn.limited({ loginId, password: "my own garden path 77" });

  await page.reload();
  await expect(page.getByTestId("detail-awaiting")).toHaveCount(0);
  await page.getByTestId("employee-disable").click();
  await expect(page.getByRole("status").filter({ hasText: "利用停止にしました。" })).toBeVisible();
  await employee.goto("/home");
  await expect(employee).toHaveURL(/\/login/);
  await context.close();
});

test("import a Shift_JIS CSV: a bad file lists every bad line and imports nothing; the fixed file imports; disable the company", async ({ page }, info) => {
  test.setTimeout(120_000);
  await new SignIn(page).fullWithTotp(e2eAccount("consoleImport", info.project.name));
  const code = freshCode(info.project.name === "phone" ? "Q" : "E");
  await addCompany(page, code, "株式会社インポート");

  const header = "社員番号,氏名,フリガナ,メールアドレス,人事担当";
  const bad = [header, "001,髙橋 一郎,タカハシ イチロウ,ichiro@example.jp,はい", "2,佐藤 花子,サトウ ハナコ,hanako@example.jp,いいえ", "003,鈴木 次郎,スズキ ジロウ,not-mail,いいえ"].join("\r\n");
  await page.goto("/office/employees");
  await page.getByTestId("employee-import").click();
  await expect(page.getByRole("heading", { level: 1, name: "従業員の一括登録（CSV）" })).toBeVisible();
  await page.getByLabel("顧問先企業").selectOption({ label: `${code} 株式会社インポート` });
  await page.getByLabel("CSVファイル").setInputFiles({ name: "employees.csv", mimeType: "text/csv", buffer: iconv.encode(bad, "cp932") });
  await page.getByTestId("import-submit").click();
  await expect(page.getByRole("alert").filter({ hasText: "誤りが 2件 あるため、取り込みませんでした。" })).toBeVisible();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("3行目（社員番号）：形式が正しくありません。");
  await expect(errors).toContainText("4行目（メールアドレス）：形式が正しくありません。");

  const good = bad.replace("\r\n2,", "\r\n002,").replace("not-mail", "jiro@example.jp");
  await page.getByLabel("CSVファイル").setInputFiles({ name: "employees.csv", mimeType: "text/csv", buffer: iconv.encode(good, "cp932") });
  await page.getByTestId("import-submit").click();
  await expect(page.getByRole("status").filter({ hasText: "取り込みました（新規 3名、更新 0名、変更なし 0名）。" })).toBeVisible();
  await page.goto(`/office/employees?q=${code}`);
  await expect(page.getByTestId(`employee-${code}-001`)).toContainText("髙橋 一郎");

  await page.goto("/office/companies");
  await page.getByTestId(`company-${code}`).getByTestId("company-open").click();
  await page.getByTestId("company-disable").click();
  await expect(page.getByRole("status").filter({ hasText: "利用停止にしました。" })).toBeVisible();
  await page.goto("/office/companies");
  await expect(page.getByTestId(`company-${code}`).getByTestId("company-status")).toHaveText("利用停止中");
});

test("in English: the console's menu, a new company and the import page", async ({ page }, info) => {
  test.setTimeout(90_000);
  await new SignIn(page).fullWithTotp(e2eAccount("consoleEnglish", info.project.name));
  await page.goto("/office");
  await openSiteMenu(page); // folded on a phone
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Office menu" })).toBeVisible();
  await page.getByTestId("console-companies").click();
  await page.getByTestId("company-add").click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a client company" })).toBeVisible();
  const code = freshCode(info.project.name === "phone" ? "R" : "F");
  await page.getByLabel("Company code").fill("1bad");
  await page.getByLabel("Company name").fill("English Trading Ltd.");
  await page.getByTestId("company-save").click();
  await expect(page.getByText("Use 3 to 10 capital letters or digits, starting with a letter B to Z.")).toBeVisible();
  await page.getByLabel("Company code").fill(code);
  await page.getByTestId("company-save").click();
  await expect(page.getByRole("status").filter({ hasText: "The client company has been added." })).toBeVisible();
  await page.goto("/office/employees/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import employees (CSV)" })).toBeVisible();
  await page.getByLabel("Client company").selectOption({ label: `${code} English Trading Ltd.` });
  await page.getByLabel("CSV file").setInputFiles({ name: "e.csv", mimeType: "text/csv", buffer: Buffer.from("001,Jane Doe,,jane@example.jp,maybe\r\n") });
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("import-errors")).toContainText("Line 1 (HR staff)");
});
