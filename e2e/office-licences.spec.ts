// ライセンス管理 (issue 11 §2) as the office and an employee live it, on desktop and
// phone: the office turns an app on for a new client company, the employee sees its
// tile; the office turns it off, and the tile is gone and the app's page refuses.
import { expect, test } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { acceptInvitation, addCompany, addEmployee, freshCode } from "./support/console";
import { SignIn } from "./support/login-page";

test("an app turned on appears on the employee's home; turned off, its tile goes and its page refuses", async ({ page, browser }, info) => {
  test.setTimeout(150_000);
  await new SignIn(page).fullWithTotp(e2eAccount("consoleLicences", info.project.name));
  const company = { code: freshCode(info.project.name === "phone" ? "L" : "K"), name: "株式会社ライセンス" };
  await addCompany(page, company.code, company.name);

  // A new company uses no app until the office says so.
  await page.goto("/office");
  await page.getByTestId("console-licences").click();
  await expect(page.getByRole("heading", { level: 1, name: "ライセンス管理" })).toBeVisible();
  const card = page.getByTestId(`licences-${company.code}`);
  await expect(card.getByTestId(`licence-${company.code}-PAYSLIPS`)).not.toBeChecked();
  await card.getByTestId(`licence-${company.code}-PAYSLIPS`).check();
  await card.getByTestId(`licence-${company.code}-ATTENDANCE`).check();
  await card.getByTestId(`licences-save-${company.code}`).click();
  await expect(page.getByRole("status").filter({ hasText: company.name })).toBeVisible();
  await expect(page.getByTestId(`licence-${company.code}-PAYSLIPS`)).toBeChecked();

  const email = `${company.code.toLowerCase()}-lic@example.jp`;
  const loginId = await addEmployee(page, company, { number: "00501", name: "免許 太郎", email });
  const { context, page: employee, signIn } = await acceptInvitation(browser, loginId, email, "licence garden path 55");
  await signIn.limited({ loginId, password: "licence garden path 55" });
  await expect(employee.getByTestId("app-tile-payslips")).toBeVisible();
  await expect(employee.getByTestId("app-tile-attendance")).toBeVisible();

  await page.goto("/office/licences");
  await page.getByTestId(`licence-${company.code}-PAYSLIPS`).uncheck();
  await page.getByTestId(`licences-save-${company.code}`).click();
  await expect(page.getByRole("status").filter({ hasText: company.name })).toBeVisible();
  await expect(page.getByTestId(`licence-${company.code}-PAYSLIPS`)).not.toBeChecked();

  // The next request already knows: no tile, and the page itself refuses.
  await employee.goto("/home");
  await expect(employee.getByTestId("app-tile-attendance")).toBeVisible();
  await expect(employee.getByTestId("app-tile-payslips")).toHaveCount(0);
  await employee.goto("/payslips");
  await expect(employee.getByText("ご所属の会社では、このアプリを使用していません。")).toBeVisible();
  await context.close();
});
