// The frame of every page on a 320×640 phone (issue 10, point 2): the header says
// which account this is — name and login ID — and is compact enough that each
// page's own heading starts in the first third of the screen; its links and the
// language switch fold into a menu (<details>) that works without JavaScript.
// A desktop keeps the full header.
import { expect, test, type Page } from "@playwright/test";
import { e2eAccount, type E2EAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { PHONE, expectNoSideScroll, expectTapTargets, saveScreen } from "../support/phone";
import { openSiteMenu, siteMenu } from "../support/site-menu";

const FIRST_THIRD = PHONE.height / 3;

async function expectHeadingInFirstThird(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}$`));
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeVisible();
  const box = await heading.boundingBox();
  expect(box!.y, `the h1 of ${path} starts at ${Math.round(box!.y)} px`).toBeLessThan(FIRST_THIRD);
}

async function expectAccountShown(page: Page, account: E2EAccount) {
  const line = page.getByTestId("signed-in-as");
  await expect(line).toBeVisible();
  await expect(line).toContainText(account.loginId);
  const box = await line.boundingBox();
  expect(box!.y + box!.height).toBeLessThan(FIRST_THIRD);
}

test.describe("header on a 320 px phone", () => {
  test("a main account and its additional account each say which they are", async ({ page, browser }, info) => {
    test.setTimeout(60_000);
    const main = e2eAccount("phoneHeaderMain", info.project.name);
    const additional = e2eAccount("phoneHeaderAdditional", info.project.name);
    await new SignIn(page).limited(main);
    await expectAccountShown(page, main);
    await expect(page.getByTestId("signed-in-as")).toContainText("phoneHeaderMain");
    await saveScreen(page, "header-main-account");

    const other = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "ja-JP" });
    try {
      const sub = await other.newPage();
      await new SignIn(sub).limited(additional);
      await expectAccountShown(sub, additional);
      await expect(sub.getByTestId("signed-in-as")).toContainText("phoneHeaderAdditional");
      expect(await sub.getByTestId("signed-in-as").textContent()).not.toBe(await page.getByTestId("signed-in-as").textContent());
      await saveScreen(sub, "header-additional-account");
    } finally {
      await other.close();
    }
  });

  test("each page's own heading starts in the first third, in Japanese and in English", async ({ page }, info) => {
    test.setTimeout(90_000);
    await expectHeadingInFirstThird(page, "/login");
    const account = e2eAccount("phoneHeaderFull", info.project.name);
    await new SignIn(page).fullWithTotp(account);
    await expectAccountShown(page, account);
    for (const path of ["/home", "/settings", "/attendance", "/payslips"]) await expectHeadingInFirstThird(page, path);

    await openSiteMenu(page);
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccountShown(page, account);
    await expect(page.getByTestId("session-mode")).toHaveText("All features");
    for (const path of ["/home", "/settings", "/attendance", "/payslips"]) await expectHeadingInFirstThird(page, path);
    await expectNoSideScroll(page);
    await saveScreen(page, "header-english");
  });

  test("the menu folds the links and the language switch, and opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "ja-JP", javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto("/login");
      const faq = page.getByRole("link", { name: "よくある質問", exact: true });
      await expect(faq).toBeHidden();
      await expect(page.getByRole("button", { name: "English", exact: true })).toBeHidden();

      await siteMenu(page).locator("summary").click();
      await expect(faq).toBeVisible();
      await expect(page.getByRole("link", { name: "お知らせ", exact: true })).toBeVisible();
      await expectTapTargets(page);
      await expectNoSideScroll(page);
      await saveScreen(page, "header-menu-open");

      await page.getByRole("button", { name: "English", exact: true }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("with JavaScript, following a link in the menu closes it", async ({ page }) => {
    await page.goto("/login");
    await openSiteMenu(page);
    await page.getByRole("link", { name: "お知らせ", exact: true }).click();
    await expect(page).toHaveURL(/\/notices$/);
    await expect(siteMenu(page)).not.toHaveAttribute("open", "");
  });

  test("with JavaScript, Escape and a tap outside close the menu, and Escape gives focus back to its button", async ({ page }) => {
    await page.goto("/login");
    await openSiteMenu(page);
    await page.keyboard.press("Escape");
    await expect(siteMenu(page)).not.toHaveAttribute("open", "");
    await expect(siteMenu(page).locator("summary")).toBeFocused();

    await openSiteMenu(page);
    await page.touchscreen.tap(10, PHONE.height - 20); // the page below the open menu
    await expect(siteMenu(page)).not.toHaveAttribute("open", "");
  });

  test("a desktop keeps the full header: links and language switch in view, no menu button", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/login");
    await expect(siteMenu(page).locator("summary")).toBeHidden();
    await expect(page.getByRole("link", { name: "よくある質問", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "English", exact: true })).toBeVisible();
  });
});
