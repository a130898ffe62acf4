// Public pages, signed out: notices, FAQ, language switch, health, small
// screens and keyboard use. The server runs on the demo seed
// (scripts/e2e-server.sh), so the one-time password notice is always there.
import { expect, test, type Page } from "@playwright/test";
import { openSiteMenu } from "./support/site-menu";

const OTP_NOTICE = { ja: "ワンタイムパスワード導入のご案内", en: "Introducing one-time passwords" };
const FAQ_HEADING = { ja: "よくある質問", en: "Frequently asked questions" };
const FAQ_SKIP_OTP_OPTION = "次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する";

async function switchLanguage(page: Page, to: "ja" | "en") {
  await openSiteMenu(page); // folded on a phone
  await page.getByRole("button", { name: to === "ja" ? "日本語" : "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test.describe("home", () => {
  test("shows the latest notice in Japanese by default", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { name: OTP_NOTICE.ja })).toBeVisible();
    await expect(page.getByText(OTP_NOTICE.en)).toHaveCount(0);
  });

  test("sends the security headers", async ({ request }) => {
    const response = await request.get("/");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-powered-by"]).toBeUndefined();
  });
});

test.describe("language switch", () => {
  test("switches to English, keeps it across pages, and back to 日本語", async ({ page }) => {
    await page.goto("/");
    await openSiteMenu(page);
    await expect(page.getByRole("button", { name: "日本語", exact: true })).toHaveAttribute("aria-pressed", "true");

    await switchLanguage(page, "en");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: OTP_NOTICE.en })).toBeVisible();
    await openSiteMenu(page);
    await expect(page.getByRole("button", { name: "English", exact: true })).toHaveAttribute("aria-pressed", "true");

    // Persists: plain navigation, then a fresh load.
    await page.getByRole("link", { name: "Notices", exact: true }).click();
    await expect(page).toHaveURL(/\/notices$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notices" })).toBeVisible();
    await expect(page.getByRole("heading", { name: OTP_NOTICE.en })).toBeVisible();
    await page.goto("/faq");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: FAQ_HEADING.en })).toBeVisible();

    // Back to Japanese, on the page the switch was used on.
    await switchLanguage(page, "ja");
    await expect(page).toHaveURL(/\/faq$/);
    await expect(page.getByRole("heading", { level: 1, name: FAQ_HEADING.ja })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { name: OTP_NOTICE.ja })).toBeVisible();
  });

  test("ignores a returnTo that points off the site", async ({ page, baseURL }) => {
    await page.goto("/");
    // Forge the hidden field the switch posts, as an attacker's page could.
    await page.locator('input[name="returnTo"]').evaluate((el) => ((el as HTMLInputElement).value = "/.//evil.example"));
    await switchLanguage(page, "en");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});

test.describe("notices page", () => {
  test("lists the notice with its date and body, in both languages", async ({ page }) => {
    const response = await page.goto("/notices");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "お知らせ" })).toBeVisible();
    const notice = page.locator("article", { has: page.getByRole("heading", { name: OTP_NOTICE.ja }) });
    await expect(notice).toContainText("セキュリティ強化のため");
    await expect(notice.locator("time")).toHaveAttribute("datetime", /^2026-10-31T15:00:00/);
    await expect(notice.locator("time")).toHaveText("2026年11月1日");

    await switchLanguage(page, "en");
    const noticeEn = page.locator("article", { has: page.getByRole("heading", { name: OTP_NOTICE.en }) });
    await expect(noticeEn).toContainText("To strengthen security");
    await expect(noticeEn.locator("time")).toHaveText("1 Nov 2026");
  });
});

test.describe("FAQ page", () => {
  test("answers in Japanese, including how to skip the one-time password", async ({ page }) => {
    const response = await page.goto("/faq");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: FAQ_HEADING.ja })).toBeVisible();
    await expect(page.locator("main")).toContainText(`「${FAQ_SKIP_OTP_OPTION}」`);
  });

  test("has an English version", async ({ page }) => {
    await page.goto("/faq");
    await switchLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1, name: FAQ_HEADING.en })).toBeVisible();
  });
});

test.describe("health check", () => {
  test("GET /api/health is 200 with the database reachable", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
  });
});

test.describe("html lang", () => {
  test("follows the chosen language", async ({ page }) => {
    await page.goto("/notices");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await switchLanguage(page, "en");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await switchLanguage(page, "ja");
  });
});

test.describe("keyboard", () => {
  test("the skip link is the first focusable element and moves to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("href", "#main");
    await expect(focused).toHaveText("本文へ移動");
    await expect(focused).toBeVisible(); // above the screen until focused
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator("main#main")).toBeVisible();
  });
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ["ja", "en"] as const) {
    test(`home, notices and FAQ do not scroll sideways (${locale})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "tobira_locale", value: locale, url: baseURL! }]);
      for (const path of ["/", "/notices", "/faq"]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
});

test("the development outbox does not exist where mail goes through the mail service", async ({ page }) => {
  // The e2e server sends through Resend's API (the local capture), like production.
  const response = await page.goto("/dev/outbox");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("開発用：メールは")).toHaveCount(0);
});
