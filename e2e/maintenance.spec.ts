// Maintenance windows, as the office and everyone else meet them, on desktop and phone:
// an office administrator schedules a window on /office/maintenance; before it, the login
// page announces it (令和… in Japanese, Gregorian in English); inside it (the test clock
// moved with x-tobira-test-now) every page, action POST and route handler answers 503 with
// Retry-After and no-store and the health check says "maintenance"; after it, all is back.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CLOCK = "x-tobira-test-now";

/** Japan-time "YYYY-MM-DDTHH:mm" for the form's datetime-local fields. */
const tokyoInput = (at: number) => new Date(at + 9 * HOUR).toISOString().slice(0, 16);

test("an administrator schedules a window; pages announce it, stop inside it and come back after it", async ({ page, browser, request }, testInfo) => {
  test.setTimeout(120_000); // a sign-in, a form and some twenty requests on a shared 2-core machine
  // Far ahead of the real clock, on a day of its own per project and per run (a window left by
  // an interrupted run must not overlap), so no other spec ever meets this window.
  const project = ["desktop", "phone", "phone320"].indexOf(testInfo.project.name);
  const start = Date.UTC(2031, 0, 1, 10, 0) + (project + 3 * (Math.floor(Date.now() / 1000) % 10_000)) * DAY; // 19:00 in Tokyo
  const end = start + 13.5 * HOUR; // 8:30 the next morning in Tokyo

  const admin = e2eAccount("maintenanceAdmin", testInfo.project.name);
  await new SignIn(page).fullWithTotp(admin);
  await page.goto("/office/maintenance");
  await expect(page.getByRole("heading", { level: 1, name: "メンテナンス" })).toBeVisible();
  await page.getByLabel("開始日時（日本時間）").fill(tokyoInput(start));
  await page.getByLabel("終了予定日時（日本時間）").fill(tokyoInput(end));
  await page.getByLabel("お知らせ文（日本語・任意）").fill("給与計算システムの更新を行います。");
  await page.getByTestId("maintenance-submit").click();
  await expect(page.locator("#maintenance-done")).toContainText("メンテナンスを予約しました。");
  const row = page.getByTestId("maintenance-window").filter({ hasText: admin.loginId }).first();
  await expect(row).toHaveAttribute("data-status", "scheduled");

  // The login page, three days before, in Japanese and in English.
  const visitor = await browser.newContext({ extraHTTPHeaders: { [CLOCK]: new Date(start - 3 * DAY).toISOString() } });
  const login = await visitor.newPage();
  await login.goto("/login");
  const notice = login.getByTestId("maintenance-notice");
  await expect(notice).toContainText("メンテナンスのお知らせ");
  await expect(login.getByTestId("maintenance-period")).toHaveText(/^令和\d+年\d+月\d+日\([日月火水木金土]\) 19:00 ～ 令和\d+年\d+月\d+日\([日月火水木金土]\) 8:30頃$/);
  await expect(notice).toContainText("給与計算システムの更新を行います。");
  await visitor.addCookies([{ name: "tobira_locale", value: "en", url: login.url() }]);
  await login.reload();
  await expect(login.getByTestId("maintenance-notice")).toContainText("Scheduled maintenance");
  await expect(login.getByTestId("maintenance-period")).toContainText(String(new Date(start).getUTCFullYear()));
  await expect(login.getByTestId("maintenance-period")).not.toContainText("令和");
  // No sideways scroll on a phone.
  expect(await login.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await visitor.close();

  // Inside the window: everything stops. Outside: everything answers.
  await expectStopped(request, start + HOUR, end);
  await expectStopped(request, end - 1000, end);
  await expectOpen(request, start - 1000);
  await expectOpen(request, end);

  // Cancelled (it has not started): the row says so.
  await page.goto("/office/maintenance");
  await page.getByTestId("maintenance-window").filter({ hasText: admin.loginId }).first().getByTestId("maintenance-cancel").click();
  await expect(page.locator("#maintenance-done")).toContainText("メンテナンスを中止しました。");
});

async function expectStopped(request: APIRequestContext, at: number, end: number) {
  const headers = { [CLOCK]: new Date(at).toISOString() };
  const retry = String(Math.min(86_400, Math.ceil((end - at) / 1000)));
  for (const res of [
    await request.get("/login", { headers, maxRedirects: 0 }),
    await request.get("/home", { headers, maxRedirects: 0 }),
    // A server-action call: stopped before Next (or the request guard) reads it.
    await request.post("/login", { headers: { ...headers, "Next-Action": "0".repeat(42) }, data: "[]", maxRedirects: 0 }),
    await request.get("/login/restart", { headers, maxRedirects: 0 }),
  ]) {
    expect(res.status(), res.url()).toBe(503);
    expect(res.headers()["retry-after"]).toBe(retry);
    expect(res.headers()["cache-control"]).toBe("no-store");
  }
  const page = await request.get("/login", { headers });
  expect(await page.text()).toContain("メンテナンス中です");
  const english = await request.get("/login", { headers: { ...headers, Cookie: "tobira_locale=en" } });
  expect(await english.text()).toContain("Under maintenance");
  const health = await request.get("/api/health", { headers });
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "maintenance" });
}

async function expectOpen(request: APIRequestContext, at: number) {
  const headers = { [CLOCK]: new Date(at).toISOString() };
  expect((await request.get("/login", { headers })).status()).toBe(200);
  const health = await request.get("/api/health", { headers });
  expect(await health.json()).toMatchObject({ status: "ok" });
}
