/**
 * Helpers of the 各種設定 / skip / limited-home phone specs: the checks of a page's own
 * targets (inside <main>, leaving the shared header and footer to their own specs) and
 * switching a signed-in account to English.
 */
import { openSiteMenu } from "../support/site-menu";
import { expect, type Page } from "@playwright/test";

/** The page's own targets (inside <main>): at least 44×44 px. */
export async function expectOwnTapTargets(page: Page, name = page.url()) {
  const small = await page.locator("main").evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>("a[href], button, summary, input:not([type=hidden]), select, textarea")]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 43.5 || box.height < 43.5))
      .map(({ el, box }) => `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, `tap targets in <main> smaller than 44×44 px on ${name}`).toEqual([]);
}

/** Signed in, the account's language decides: switch it with the header's language button. */
export async function switchToEnglish(page: Page) {
  await openSiteMenu(page); // folded on a phone
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}
