/**
 * 打刻 under load: 32 limited-mode sessions punching at once for a fixed time,
 * then the database is counted: every punch the app answered "recorded" must
 * be stored exactly once, and nothing else stored. Each punch carries its own
 * time through the test clock (lib/clock.ts, server started with
 * TOBIRA_TEST_CLOCK=1), 61 s after the one before, so every punch is a new
 * one and none is folded into the last as "too soon". The double tap (the
 * same form sent twice at once) is tried at the end of each session.
 */
import { randomUUID } from "node:crypto";
import { appsJa } from "@/lib/i18n/messages/apps.ja";
import type { BenchAccount } from "./accounts";
import { loadActionIds, type ActionClient } from "./action-client";
import { limitedLogin } from "./flows";
import { latency, type Latency } from "./load";

const PUNCH = "app/(apps)/attendance/actions.ts#punchAction";
// lib/clock.ts's header (that module is server-only; this is its name only).
const TEST_CLOCK_HEADER = "x-tobira-test-now";

export type PunchAnswer = "created" | "duplicate" | "too_soon" | "other";
export type PunchLoad = Latency & {
  perSecond: number;
  clients: number;
  seconds: number;
  /** Answers in the timed part. */
  answers: Record<PunchAnswer, number>;
  /** Answers to the double taps (one form sent twice at once, per client): one created, one duplicate each. */
  doubleTap: Record<PunchAnswer, number>;
  /** "<kind>:<key>" of every punch answered "recorded", warm-up and double taps included. */
  createdKeys: string[];
};

/** The fixed part of a message template, to tell the three answers apart in the action's reply. */
function marker(template: string): string {
  return template.split(/\{\w+\}/).reduce((a, b) => (b.length > a.length ? b : a), "");
}
const MARKERS: [PunchAnswer, string][] = [
  ["duplicate", marker(appsJa.attendance.alreadyRecorded)],
  ["too_soon", marker(appsJa.attendance.tooSoon)],
  ["created", marker(appsJa.attendance.recorded)],
];

let clock = Date.parse("2020-01-01T00:00:00Z");

async function punchOnce(client: ActionClient, kind: "IN" | "OUT", key = randomUUID()): Promise<{ answer: PunchAnswer; key: string }> {
  clock += 61_000;
  const res = await client.action("/attendance", PUNCH, { kind, idempotencyKey: key }, true, { [TEST_CLOCK_HEADER]: new Date(clock).toISOString() });
  const ok = res.status === 200 && !res.redirect && res.body.includes('"ok":true');
  const answer = ok ? (MARKERS.find(([, m]) => res.body.includes(m))?.[0] ?? "other") : "other";
  if (answer === "other") throw new Error(`bench: punch answered ${res.status} ${res.redirect ?? ""}: ${res.body.slice(0, 300)}`);
  return { answer, key: `${kind}:${key}` };
}

export async function measurePunches(origin: string, accounts: BenchAccount[], clients: number, durationS: number): Promise<PunchLoad> {
  const ids = loadActionIds();
  if (accounts.length < clients) throw new Error("bench: not enough bench accounts for the punch clients");
  const sessions = [];
  for (const account of accounts.slice(0, clients)) sessions.push(await limitedLogin(origin, ids, account));
  const answers: Record<PunchAnswer, number> = { created: 0, duplicate: 0, too_soon: 0, other: 0 };
  const createdKeys: string[] = [];
  const note = (r: { answer: PunchAnswer; key: string }) => {
    answers[r.answer]++;
    if (r.answer === "created") createdKeys.push(r.key);
  };
  for (const s of sessions) note(await punchOnce(s, "IN")); // warm-up
  const warmUp = { ...answers };

  const ms: number[] = [];
  const t0 = performance.now();
  const end = t0 + durationS * 1000;
  await Promise.all(
    sessions.map(async (session, n) => {
      for (let i = 0; performance.now() < end; i++) {
        const s = performance.now();
        note(await punchOnce(session, (i + n) % 2 ? "IN" : "OUT"));
        ms.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const since = (before: Record<PunchAnswer, number>) =>
    Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v - before[k as PunchAnswer]])) as Record<PunchAnswer, number>;
  const timed = since(warmUp);
  const beforeTaps = { ...answers };

  // The double tap: one form (one key) sent twice at the same moment stores one punch.
  await Promise.all(
    sessions.map(async (session) => {
      const key = randomUUID();
      const pair = await Promise.all([punchOnce(session, "IN", key), punchOnce(session, "IN", key)]);
      pair.forEach(note);
    }),
  );
  return { ...latency(ms), perSecond: ms.length / seconds, clients, seconds, answers: timed, doubleTap: since(beforeTaps), createdKeys };
}
