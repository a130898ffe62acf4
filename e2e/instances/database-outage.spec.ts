// The database server stops for 10 seconds under a steady, bounded load of
// 打刻 (limited-mode sessions), sign-ins and page loads on one production
// server, then starts again. Every request during the outage gets the 503
// page (Retry-After) — a server action via its redirect to /unavailable —
// never a 500; the server recovers by itself; and every punch the app
// acknowledged is in the database afterwards. Its own private PostgreSQL
// (scripts/pg-private.sh), since this test stops it.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import { HttpClient, type HttpResponse } from "@/e2e/support/http/client";
import { chooseStep, passwordStep } from "@/e2e/support/http/sign-in";
import { UNAVAILABLE_PATH } from "@/lib/database/unavailable";
import { type AccountName } from "./support/accounts";
import { PG_NAMES, PG_PORT_BASE, PORTS, appEnv, freshDatabase, pgPrivate, prepareDatabase, sharedSecrets, startApp, type AppServer } from "./support/stack";
import { account, query } from "./support/suite";

const PG_NAME = PG_NAMES.outage;
const PG_PORT = PG_PORT_BASE + 1;
const OUTAGE_MS = 10_000;
const PUNCHERS: AccountName[] = ["outagePunch1", "outagePunch2", "outagePunch3", "outagePunch4"];

let app: AppServer;
let databaseUrl: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  databaseUrl = await freshDatabase(pgPrivate("start", PG_NAME, PG_PORT), "tobira_outage");
  const secrets = sharedSecrets();
  prepareDatabase(databaseUrl, secrets);
  // The test clock lets each punch carry its own time, so none is "too soon" after another.
  app = await startApp(PORTS.outage, { ...appEnv(databaseUrl, secrets, PORTS.outageCapture), TOBIRA_TEST_CLOCK: "1" });
});

test.afterAll(async () => {
  await app?.stop();
  pgPrivate("stop", PG_NAME);
});

type Outcome = "ok" | "503" | "500" | "other";
const counts = { acknowledged: 0, found: 0, ok: 0, unavailable: 0, serverErrors: 0, other: 0, networkErrors: 0 };
const others: string[] = [];

/** What the user got: a direct answer, or the 503 page a redirect to /unavailable leads to. */
async function outcome(browser: HttpClient, res: HttpResponse, okWhen: (r: HttpResponse) => boolean): Promise<Outcome> {
  if (res.status >= 500) return res.status === 503 ? "503" : "500";
  if (res.redirectPath?.startsWith(UNAVAILABLE_PATH)) {
    const page = await browser.get(res.redirectPath);
    expect(page.headers["retry-after"]).toBeTruthy();
    expect(page.body).not.toMatch(/\bat .+:\d+:\d+|Error:|hunter|postgresql:\/\//);
    return page.status === 503 ? "503" : "500";
  }
  return okWhen(res) ? "ok" : "other";
}

function tally(what: string, o: Outcome, res: HttpResponse) {
  if (o === "ok") counts.ok++;
  else if (o === "503") counts.unavailable++;
  else if (o === "500") counts.serverErrors++;
  else {
    counts.other++;
    others.push(`${what}: ${res.status} → ${res.redirectPath} ${res.body.slice(0, 120)}`);
  }
}

test("PostgreSQL stopped for 10 s under load: 503s, no 500s, no lost punch, recovery without a restart", async () => {
  test.setTimeout(180_000);
  // Limited-mode sessions (就業打刻・明細閲覧のみ), made while the database is up.
  const punchers = await Promise.all(
    PUNCHERS.map(async (name) => {
      const acc = account(name);
      const browser = new HttpClient(app.origin);
      expect((await passwordStep(browser, acc)).redirectPath).toBe("/login/choose");
      expect((await chooseStep(browser, "limited")).redirectPath).toBe("/home");
      return browser;
    }),
  );

  const acknowledged: string[] = [];
  let clock = Date.parse("2026-06-01T00:00:00Z");
  let running = true;
  let restartedAt = Infinity;
  let okAfterRestart = 0;
  let recoveredAt = NaN;
  const pause = () => new Promise((r) => setTimeout(r, 100));

  async function loop(body: () => Promise<void>) {
    while (running) {
      try {
        await body();
      } catch (err) {
        counts.networkErrors++;
        others.push(String(err));
      }
      await pause();
    }
  }

  const punchLoop = (browser: HttpClient) =>
    loop(async () => {
      const kind = Math.random() < 0.5 ? "IN" : "OUT";
      const key = randomUUID();
      clock += 61_000;
      const res = await browser.action("/attendance", actionId("app/(apps)/attendance/actions.ts", "punchAction"), [{}, form({ kind, idempotencyKey: key })], { now: new Date(clock) });
      const o = await outcome(browser, res, (r) => r.status === 200 && !r.redirect && r.body.includes('"ok":true'));
      if (o === "ok") {
        acknowledged.push(`${kind}:${key}`);
        if (Date.now() > restartedAt && okAfterRestart++ === 0) recoveredAt = Date.now();
      }
      tally("punch", o, res);
    });

  const loginLoop = () =>
    loop(async () => {
      const acc = account("outageLogin");
      const browser = new HttpClient(app.origin);
      const res = await passwordStep(browser, acc);
      const o = await outcome(browser, res, (r) => r.redirectPath === "/login/choose");
      tally("login", o, res);
      if (o === "ok") {
        const limited = await chooseStep(browser, "limited");
        tally("chooser", await outcome(browser, limited, (r) => r.redirectPath === "/home"), limited);
      }
    });

  const pageLoop = () =>
    loop(async () => {
      const res = await punchers[0]!.get("/attendance");
      tally("page", await outcome(punchers[0]!, res, (r) => r.status === 200), res);
    });

  const load = Promise.all([...punchers.map(punchLoop), loginLoop(), pageLoop()]);
  await new Promise((r) => setTimeout(r, 4_000));
  const beforeOutage = { ...counts };
  pgPrivate("stop", PG_NAME);
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  const duringOutage = { ...counts };
  pgPrivate("start", PG_NAME, PG_PORT);
  restartedAt = Date.now();
  // Recovery by itself: punches are acknowledged again within a few seconds.
  await expect.poll(() => okAfterRestart, { timeout: 30_000, intervals: [250] }).toBeGreaterThanOrEqual(PUNCHERS.length);
  await new Promise((r) => setTimeout(r, 2_000));
  running = false;
  await load;

  const stored = new Set(
    (await query<{ key: string }>(databaseUrl, `SELECT "idempotencyKey" AS key FROM "Punch"`)).map((r) => r.key),
  );
  counts.acknowledged = acknowledged.length;
  counts.found = acknowledged.filter((k) => stored.has(k)).length;
  console.log(
    `outage: ${counts.acknowledged} punches acknowledged, ${counts.found} found afterwards; ` +
      `${counts.ok} ok answers, ${counts.unavailable} × 503, ${counts.serverErrors} × 500, ${counts.other} other, ${counts.networkErrors} network errors ` +
      `(503s during the stop: ${duringOutage.unavailable - beforeOutage.unavailable}; first punch recorded ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the restart, without restarting the app)`,
  );
  if (others.length) console.log(others.slice(0, 10).join("\n"));

  expect(counts.serverErrors, "no 500 at any time").toBe(0);
  expect(counts.found, "every acknowledged punch is stored").toBe(counts.acknowledged);
  expect(counts.other + counts.networkErrors, others.join("\n")).toBe(0);
  expect(duringOutage.unavailable - beforeOutage.unavailable, "the outage was seen as 503s").toBeGreaterThan(0);
  expect(beforeOutage.ok).toBeGreaterThan(0);
  expect(app.output()).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
});
