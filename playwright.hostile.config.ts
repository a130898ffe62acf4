// The attacker's suite (e2e/hostile/): raw HTTP against the production build —
// hand-made cookie jars, server actions called by their IDs — on a real
// PostgreSQL database the tests read directly to prove nothing changed.
// No browser. Build first (`npx next build`); `npm run test:hostile` runs it.
//
// Ports and names come from the environment so several runs can coexist:
// HOSTILE_PORT (3240), MAIL_CAPTURE_PORT (3298), HOSTILE_PG_NAME (hostile),
// HOSTILE_PG_PORT (54330), HOSTILE_SECURE_PORT (HOSTILE_PORT + 2: a second instance
// with COOKIE_SECURE=true for the cookie family). Everything the run writes lands in .data/hostile-<port>/.
import { defineConfig } from "@playwright/test";
import { hostileEnv } from "./e2e/hostile/support/env";

const env = hostileEnv();
// Workers inherit this: the tests' own database helper and mail reader use it.
process.env.HOSTILE_DATABASE_URL = env.databaseUrl;
process.env.MAIL_CAPTURE_PORT = String(env.mailCapturePort);

// What both app instances of the run share (the second differs only in its port and COOKIE_SECURE).
const serverEnv = {
  HOSTILE_DATABASE_URL: env.databaseUrl,
  HOSTILE_DIR: env.dir,
  NEXT_TELEMETRY_DISABLED: "1",
  RESEND_API_KEY: "re_hostile_capture",
  RESEND_BASE_URL: env.mailCaptureUrl,
  MAIL_FROM: "Tobira <no-reply@tobira.test>",
  // x-tobira-test-now moves the server's clock (lib/clock.ts): time-outs and expiries without waiting.
  TOBIRA_TEST_CLOCK: "1",
  // Every request of the run comes from 127.0.0.1: the per-IP limit (throttle.ts) would end the
  // run's own brute-force and enumeration tests early. The per-account limits are what they test.
  IP_FAILURE_LIMIT: "1000000",
};

export default defineConfig({
  testDir: "e2e/hostile",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One server on two shared cores: two workers keep it honest and the timings readable.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? "list" : [["list"]],
  use: { baseURL: env.baseUrl },
  projects: [
    // "leaks" greps everything the other families saw, so it runs after them: as their
    // teardown, it runs even when an attack test failed (a dependency would be skipped then).
    { name: "attacks", testIgnore: /leaks\.spec\.ts/, teardown: "leaks" },
    { name: "leaks", testMatch: /leaks\.spec\.ts/ },
  ],
  webServer: [
    {
      command: "node_modules/.bin/tsx e2e/support/mail-capture-server.ts",
      url: `${env.mailCaptureUrl}/health`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      env: { MAIL_CAPTURE_PORT: String(env.mailCapturePort) },
    },
    {
      command: "bash scripts/hostile-server.sh",
      // The first instance prepares the database; the second (below) starts after it.
      url: `${env.baseUrl}/api/health`,
      timeout: 180_000,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      stdout: "pipe",
      stderr: "pipe",
      env: {
        HOSTILE_PORT: String(env.port),
        HOSTILE_PG_NAME: env.pgName,
        HOSTILE_PG_PORT: String(env.pgPort),
        ...serverEnv,
        // Plain HTTP on localhost; the cookie family checks the Secure configuration separately.
        COOKIE_SECURE: "false",
      },
    },
    {
      command: "bash scripts/hostile-server.sh",
      url: `${env.secureBaseUrl}/api/health`,
      timeout: 120_000,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      stdout: "pipe",
      stderr: "pipe",
      env: {
        HOSTILE_SECONDARY: "1",
        HOSTILE_PORT: String(env.port),
        HOSTILE_SECURE_PORT: String(env.securePort),
        ...serverEnv,
      },
    },
  ],
});
