// Screenshots of 各種設定 on a 320×640 phone, in Japanese, for the reviewer
// (.data/test-reports/screens-320/settings-<section>.png): the menu and every section page,
// each without sideways scrolling and with tap targets of at least 44×44 px.
import { expect, test } from "@playwright/test";
import { e2eAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { expectNoSideScroll, expectTapTargets, saveScreen } from "../support/phone";
import { expectOwnTapTargets } from "./page-checks";

const SCREENS: [name: string, path: string][] = [
  ["menu", "/settings"],
  ["two-factor", "/settings/two-factor"],
  ["skip", "/settings/skip"],
  ["skip-resume", "/settings/skip/resume"],
  ["password", "/settings/password"],
  ["email", "/settings/email"],
  ["accounts", "/settings/accounts"],
  ["two-factor-reset", "/settings/two-factor-reset"],
];

test("the settings menu and every section page", async ({ page }, info) => {
  test.setTimeout(120_000);
  const account = e2eAccount("phoneSettingsScreens", info.project.name);
  await new SignIn(page).fullWithTotp(account);
  for (const [name, path] of SCREENS) {
    await page.goto(path);
    await expect(page, name).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await saveScreen(page, `settings-${name}`);
    await expectNoSideScroll(page);
    await expectOwnTapTargets(page, name);
  }
  // Then every target of each page, the shared header and footer included.
  for (const [, path] of SCREENS) {
    await page.goto(path);
    await expectTapTargets(page);
  }
});
