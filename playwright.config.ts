// End-to-end tests (e2e/) against the production build, on Debian's Chromium.
// The server gets its own database (scripts/e2e-server.sh); build first with
// `npx next build` — `npm test` does.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
const mailCapturePort = Number(process.env.MAIL_CAPTURE_PORT ?? 3299);
const mailCaptureUrl = `http://127.0.0.1:${mailCapturePort}`;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  // The attacker's suite (playwright.hostile.config.ts) and e2e/instances/ (playwright.instances.config.ts)
  // have their own configs and servers, no browser.
  testIgnore: ["hostile/**", "instances/**"],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One server process owns the database; two browsers are plenty for it.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "desktop",
      testIgnore: ["hostile/**", "instances/**", "phone/**"],
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      testIgnore: ["hostile/**", "instances/**", "phone/**"],
      use: {
        ...chromium,
        // An iPhone 13/14-sized touch screen, rendered by Chromium.
        userAgent: devices["Pixel 7"].userAgent,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      // The smallest phone we promise (320×640): e2e/phone/ holds the checks of how the daily
      // screens feel there (no sideways scrolling, 44 px tap targets, what is in the first screen)
      // and the screenshots a reviewer reads in .data/test-reports/screens-320/.
      name: "phone320",
      testMatch: ["phone/**/*.spec.ts"],
      use: {
        ...chromium,
        userAgent: devices["Pixel 7"].userAgent,
        viewport: { width: 320, height: 640 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: [
    {
      // The stand-in for Resend's API: the app's real mail code posts here, tests read codes from it.
      command: "node_modules/.bin/tsx e2e/support/mail-capture-server.ts",
      url: `${mailCaptureUrl}/health`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      env: { MAIL_CAPTURE_PORT: String(mailCapturePort) },
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      stdout: "pipe",
      stderr: "pipe",
      env: {
        E2E_PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
        RESEND_API_KEY: "re_e2e_capture",
        RESEND_BASE_URL: mailCaptureUrl,
        MAIL_FROM: "Tobira <no-reply@tobira.test>",
        // Lets e2e/skip.spec.ts move the server's clock per request (x-tobira-test-now; lib/clock.ts).
        TOBIRA_TEST_CLOCK: "1",
      },
    },
  ],
});
