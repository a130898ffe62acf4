/**
 * The header's menu (components/layout/site-menu.tsx): folded on a phone, always
 * open from the `sm` width up. Tests that use the header's links or the language
 * switch open it first, whatever the screen.
 */
import { expect, type Page } from "@playwright/test";

export function siteMenu(page: Page) {
  return page.getByTestId("site-menu");
}

/** Opens the menu when it is folded (a phone); does nothing where it is always open. */
export async function openSiteMenu(page: Page) {
  const summary = siteMenu(page).locator("summary");
  if (await summary.isVisible()) {
    if ((await siteMenu(page).getAttribute("open")) === null) await summary.click();
    await expect(siteMenu(page)).toHaveAttribute("open", "");
  }
}
