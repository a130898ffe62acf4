// A maintenance window written to the shared database (as `npm run maintenance`
// or the console on one instance writes it) stops both instances within the
// cache bound (MAINTENANCE_CACHE_SECONDS, 5 s), and ending it early frees both
// within the same bound. The instances run on the real clock, so the window is
// real and short, and this spec ends it before it finishes (the suite is serial).
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { query, servers } from "./support/suite";

const BOUND_MS = 5_000;
const SLACK_MS = 3_000; // a request in flight and the loaded machine

let a = "", b = "", databaseUrl = "";
test.beforeAll(() => void ({ a, b, databaseUrl } = servers()));

/** Polls both instances until `/login` answers `status`; returns how long each took (ms). */
async function switchTimes(status: number, since: number): Promise<number[]> {
  return Promise.all(
    [a, b].map(async (origin) => {
      for (;;) {
        const res = await fetch(`${origin}/login`, { redirect: "manual" });
        await res.arrayBuffer();
        if (res.status === status) {
          if (status === 503) {
            expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
            expect(res.headers.get("cache-control")).toBe("no-store");
          }
          return Date.now() - since;
        }
        if (Date.now() - since > BOUND_MS + SLACK_MS) return Date.now() - since;
        await new Promise((r) => setTimeout(r, 200));
      }
    }),
  );
}

test("both instances stop within the cache bound when a window starts, and come back within it when it is ended early", async () => {
  test.setTimeout(60_000);
  // Both serve, and have read the (empty) windows at least once.
  for (const origin of [a, b]) expect((await fetch(`${origin}/login`)).status).toBe(200);

  const id = randomUUID();
  const written = Date.now();
  await query(
    databaseUrl,
    `INSERT INTO "MaintenanceWindow" ("id", "startsAt", "endsAt", "createdBy", "updatedAt")
     VALUES ($1, now() AT TIME ZONE 'UTC' - interval '1 second', now() AT TIME ZONE 'UTC' + interval '2 minutes', 'instances-spec', now() AT TIME ZONE 'UTC')`,
    [id],
  );
  const stopped = await switchTimes(503, written);
  for (const ms of stopped) expect(ms).toBeLessThanOrEqual(BOUND_MS + SLACK_MS);
  const health = await fetch(`${b}/api/health`);
  expect(await health.json()).toMatchObject({ status: "maintenance" });

  const ended = Date.now();
  await query(databaseUrl, `UPDATE "MaintenanceWindow" SET "endedEarlyAt" = now() AT TIME ZONE 'UTC' WHERE "id" = $1`, [id]);
  const back = await switchTimes(200, ended);
  for (const ms of back) expect(ms).toBeLessThanOrEqual(BOUND_MS + SLACK_MS);
  console.log(`maintenance: stopped after ${stopped.join(" / ")} ms, back after ${back.join(" / ")} ms (A / B; bound ${BOUND_MS} ms)`);
});
