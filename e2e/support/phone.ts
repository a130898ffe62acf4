/**
 * Checks of how a page feels on the smallest phone (the phone320 project, 320×640):
 * nothing scrolls sideways, every tap target is at least 44×44 CSS px, and a
 * screenshot for the reviewer's folder (.data/test-reports/screens-320/).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const PHONE = { width: 320, height: 640 } as const;
export const SCREENS_DIR = path.join(process.cwd(), ".data", "test-reports", "screens-320");

/** The page is no wider than the screen (nothing scrolls sideways). */
export async function expectNoSideScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, "the page scrolls sideways").toBeLessThanOrEqual(widths.client);
}

/**
 * Every visible link, button, summary and form control answers a thumb: its box
 * (or, for a check box or radio, its label's box) is at least 44×44 CSS px.
 * Returns nothing; fails listing every target that is too small. `within`: a
 * selector to check only part of the page (e.g. "main", a page's own content).
 */
export async function expectTapTargets(page: Page, min = 44, within = "html") {
  const small = await page.evaluate(([min, within]) => {
    const out: string[] = [];
    const targets = document.querySelector(within)!.querySelectorAll<HTMLElement>(
      "a[href], button, summary, input:not([type=hidden]), select, textarea",
    );
    for (const el of targets) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (closed menu, sr-only)
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (label) box = label.getBoundingClientRect();
      }
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("name") ?? "").trim().slice(0, 40);
        out.push(`<${el.tagName.toLowerCase()}> "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  }, [min, within] as const);
  expect(small, `tap targets smaller than ${min}×${min} px on ${page.url()}`).toEqual([]);
}

/** A full-page screenshot named for the page, for the reviewer (not compared). */
export async function saveScreen(page: Page, name: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}
