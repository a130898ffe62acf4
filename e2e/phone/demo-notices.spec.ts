// The demo's notice speaks of Tobira (issue 10, point 9), not of another service's
// 「各種マイページ」 and 「従来のIDとパスワード」, in Japanese and in English.
import { expect, test } from "@playwright/test";
import { openSiteMenu } from "../support/site-menu";

test("the one-time password notice is in Tobira's own words", async ({ page }) => {
  await page.goto("/notices");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { name: "ワンタイムパスワード導入のご案内" })).toBeVisible();
  await expect(main).toContainText("Tobira");
  await expect(main).not.toContainText("マイページ");
  await expect(main).not.toContainText("従来のIDとパスワード");

  await openSiteMenu(page);
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(main.getByRole("heading", { name: "Introducing one-time passwords" })).toBeVisible();
  await expect(main).toContainText("signing in to Tobira");
});
