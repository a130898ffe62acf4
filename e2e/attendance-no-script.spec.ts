// 打刻 with JavaScript turned off: the form posts as a plain HTML form, the
// server stores the punch and answers with the page that lists it.
import { expect, test } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";

test.use({ javaScriptEnabled: false });

test("without JavaScript, 出勤 is stored once and listed", async ({ page }, info) => {
  const account = e2eAccount("punchWithoutScript", info.project.name);
  await new SignIn(page).limited(account);
  await page.goto("/attendance");
  await expect(page.getByTestId("punch-empty")).toBeVisible();
  await page.getByTestId("punch-in").click();
  await expect(page).toHaveURL(/\/attendance/);
  await expect(page.getByTestId("punch-row")).toHaveCount(1);
  await expect(page.getByTestId("punch-row").first()).toHaveAttribute("data-kind", "IN");
  // Back and submit the same page again: still one.
  await page.goBack();
  await page.goto("/attendance");
  await expect(page.getByTestId("punch-row")).toHaveCount(1);
});
