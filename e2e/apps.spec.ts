// The limited mode (就業打刻・明細閲覧のみ): the licensed apps on the home, a
// clock-in that a double tap records once, one's own payslips, and every other
// function answering "two-factor needed" with the way to step up.
import { expect, test } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";

test("limited mode: the home shows the licensed apps; 打刻 records a double tap once, with server time", async ({ page }, info) => {
  const account = e2eAccount("limitedPunch", info.project.name);
  await new SignIn(page).limited(account);
  await expect(page.getByTestId("session-mode")).toHaveText("就業打刻・明細閲覧のみ");
  // C001 licenses all three apps; only 打刻 and 明細閲覧 are open, the rest say what they need.
  for (const app of ["attendance", "payslips", "reception"]) await expect(page.getByTestId(`app-tile-${app}`)).toBeVisible();
  await expect(page.getByTestId("locked-requests")).toContainText("2要素認証が必要です");
  await expect(page.getByTestId("locked-reception")).toContainText("2要素認証が必要です");

  await page.getByTestId("link-punch").click();
  await expect(page).toHaveURL(/\/attendance/);
  await expect(page.getByTestId("punch-empty")).toBeVisible();

  const before = Date.now();
  await page.getByTestId("punch-in").dblclick();
  await expect(page.getByTestId("punch-status")).toContainText("出勤");
  await expect(page.getByTestId("punch-row")).toHaveCount(1);
  await expect(page.getByTestId("punch-row").first()).toHaveAttribute("data-kind", "IN");
  // The time shown is the server's, in Japan time, within the last minute.
  const shown = await page.getByTestId("punch-row").first().locator("time").getAttribute("datetime");
  expect(Math.abs(new Date(shown!).getTime() - before)).toBeLessThan(60_000);

  // Reloading and tapping 出勤 again within a minute does not record a second one.
  await page.reload();
  await page.getByTestId("punch-in").click();
  await expect(page.getByTestId("punch-status")).toContainText("出勤");
  await expect(page.getByTestId("punch-row")).toHaveCount(1);

  await page.getByTestId("punch-out").click();
  await expect(page.getByTestId("punch-row")).toHaveCount(2);
  await expect(page.getByTestId("punch-row").nth(1)).toHaveAttribute("data-kind", "OUT");
});

test("limited mode: 明細閲覧 lists one's own payslips and opens one", async ({ page }) => {
  // A demo employee (seeded with three months of payslips), signed in read-only in the limited mode.
  await new SignIn(page).limited({ loginId: "C001-00043", password: "tobira-demo-2026" });
  await page.getByTestId("link-viewPayslips").click();
  await expect(page).toHaveURL(/\/payslips$/);
  const rows = page.getByTestId("payslip-row");
  await expect(rows).toHaveCount(3);
  const period = await rows.first().getAttribute("data-period");
  await page.getByTestId(`payslip-link-${period}`).click();
  await expect(page.getByTestId("payslip-detail")).toHaveAttribute("data-period", period!);
  await expect(page.getByTestId("payslip-net")).toContainText("円");
  // An ID that is not one's own payslip is simply not there.
  const response = await page.goto("/payslips/not-a-payslip-of-mine");
  expect(response?.status()).toBe(404);
});

test("limited mode: every other page answers two-factor needed, with the button to step up", async ({ page }, info) => {
  const account = e2eAccount("limitedPayslips", info.project.name);
  await new SignIn(page).limited(account);
  for (const path of ["/settings", "/settings/two-factor", "/settings/password", "/settings/email", "/settings/skip", "/settings/skip/resume", "/settings/accounts"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/step-up/);
    await expect(page.getByTestId("step-up-heading")).toHaveText("2要素認証が必要です");
    await expect(page.getByRole("button", { name: "2要素認証をしてすべての機能を利用する" })).toBeVisible();
  }
  // The office area is not a matter of steps for an employee: it does not exist for them.
  expect((await page.goto("/office"))?.status()).toBe(404);
  await page.goto("/home");
  await page.getByTestId("locked-requests").click();
  await expect(page).toHaveURL(/\/step-up/);
});
