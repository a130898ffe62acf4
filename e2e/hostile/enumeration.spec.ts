// Family 6 — enumeration: an unknown ID, a wrong password, a locked account and
// a disabled one (the last two with the RIGHT password) answer alike: the same
// message, status and cookies, and — by the medians of interleaved runs — the same time.
import { expect, test } from "@playwright/test";
import type { HttpResponse } from "@/e2e/support/http/client";
import { passwordStep, stepError } from "@/e2e/support/http/sign-in";
import { hostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query } from "./support/db";
import { messages } from "./support/refusal";

type Kind = "unknown ID" | "wrong password" | "locked" | "disabled" | "unknown sharoushi ID" | "sharoushi, wrong password";

const wrong = hostileAccount("enumWrong");
const locked = hostileAccount("enumLocked");
const disabled = hostileAccount("enumDisabled");
const sharoushi = hostileAccount("enumSharoushi");

const ATTEMPTS: Record<Kind, { loginId: string; password: string }> = {
  "unknown ID": { loginId: "C001-79999", password: wrong.password },
  "wrong password": { loginId: wrong.loginId, password: "not-the-password-2026" },
  locked: { loginId: locked.loginId, password: locked.password },
  disabled: { loginId: disabled.loginId, password: disabled.password },
  "unknown sharoushi ID": { loginId: "A7999999", password: wrong.password },
  "sharoushi, wrong password": { loginId: sharoushi.loginId, password: "not-the-password-2026" },
};
const KINDS = Object.keys(ATTEMPTS) as Kind[];

/** Locked as the app locks: the hard limit of consecutive failures, in both password buckets. */
async function lock() {
  for (const bucket of ["password:other", "password:known"]) {
    await query(
      `INSERT INTO "AuthThrottle" ("accountId", bucket, failures, "lastFailureAt", "lockedUntil") VALUES ($1, $2, 100, now(), '9999-12-31')
       ON CONFLICT ("accountId", bucket) DO UPDATE SET failures = 100, "lockedUntil" = '9999-12-31'`,
      [locked.id, bucket],
    );
  }
}

/** A wrong password that never turns into a lock, so every run measures the same path. */
async function unlockWrong() {
  await query(`DELETE FROM "AuthThrottle" WHERE "accountId" IN ($1, $2)`, [wrong.id, sharoushi.id]);
}

function shape(res: HttpResponse) {
  return {
    status: res.status,
    message: stepError(res),
    redirect: res.redirect,
    cookies: res.setCookies.map((c) => `${c.name}; ${Object.keys(c.attributes).sort().join("; ")}`).sort(),
    contentType: res.headers["content-type"],
  };
}

test("every failure answers alike: message, status, cookies", async () => {
  await lock();
  const shapes: Partial<Record<Kind, ReturnType<typeof shape>>> = {};
  for (const kind of KINDS) {
    await unlockWrong();
    shapes[kind] = shape(await passwordStep(new HostileClient(), ATTEMPTS[kind]));
  }
  expect(shapes["unknown ID"]!.message).toBe(messages.auth.login.invalid);
  expect(shapes["unknown ID"]!.redirect).toBeNull();
  for (const kind of KINDS) expect(shapes[kind], kind).toEqual(shapes["unknown ID"]);
  expect(await liveSessions(locked.id)).toEqual([]);
  expect(await liveSessions(disabled.id)).toEqual([]);
  expect(await query(`SELECT 1 FROM "LoginFlow" WHERE "accountId" IN ($1, $2)`, [locked.id, disabled.id])).toEqual([]);
});

test("every failure takes as long: medians of interleaved runs within a tolerance", async () => {
  test.setTimeout(180_000);
  await lock();
  const ROUNDS = 31;
  const times: Record<Kind, number[]> = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]>;
  // Warm-up: the first requests of a path pay for compilation and connections.
  for (const kind of KINDS) await passwordStep(new HostileClient(), ATTEMPTS[kind]);
  for (let round = 0; round < ROUNDS; round++) {
    // A different order each round, so a burst of load elsewhere does not fall on one kind.
    const order = [...KINDS].sort(() => Math.random() - 0.5);
    for (const kind of order) {
      await unlockWrong();
      const client = new HostileClient();
      const t0 = performance.now();
      await passwordStep(client, ATTEMPTS[kind]);
      times[kind].push(performance.now() - t0);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const medians = Object.fromEntries(KINDS.map((k) => [k, Math.round(median(times[k]))]));
  const reference = median(times["wrong password"]);
  // Each kind against the wrong password of the same round (paired), so load that
  // comes and goes on a shared machine falls on both sides of each difference.
  const pairedShift = (kind: Kind) => median(times[kind].map((t, i) => t - times["wrong password"][i]!));
  // Wide enough for a busy shared 2-core machine; what it catches is a path with
  // work of its own (a skipped hash under load, a mail, extra queries), not a few ms.
  const tolerance = Math.max(25, reference * 0.35);
  test.info().annotations.push({ type: "medians (ms)", description: JSON.stringify(medians) });
  for (const kind of KINDS) {
    expect(Math.abs(pairedShift(kind)), `${kind}: ${Math.round(pairedShift(kind))} ms from a wrong password (medians: ${JSON.stringify(medians)})`).toBeLessThanOrEqual(tolerance);
  }
});
