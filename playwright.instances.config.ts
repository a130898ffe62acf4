// Two app instances on one PostgreSQL, and faults (e2e/instances/): raw HTTP
// with a hand-made cookie jar against production servers this suite starts
// itself (build first: `npx next build`). No browser. One test at a time: the
// outage test stops its database server, and the mail tests switch the
// capture's faults.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "e2e/instances",
  testMatch: "*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  globalSetup: "./e2e/instances/support/global-setup.ts",
});
