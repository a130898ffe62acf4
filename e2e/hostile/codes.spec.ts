// Family 1 — codes: replays, codes out of the window, parallel submissions,
// brute force across restarts and addresses, codes from elsewhere, the old code
// after 再送信, an expired code, a recovery code used twice. Every refusal is
// checked twice: the answer, and the account's rows, which must not move.
import { expect, test } from "@playwright/test";
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import { actionResult } from "@/e2e/support/http/action-result";
import type { HttpClient } from "@/e2e/support/http/client";
import { codeStep, resendStep } from "@/e2e/support/http/sign-in";
import { mailsTo } from "@/e2e/support/mail";
import { format } from "@/lib/i18n/message";
import { hostileAccount, type HostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query, snapshot } from "./support/db";
import { awayFromStepEdge, expectRefused, messages, totpAt, wrongTotp } from "./support/refusal";
import { freshTotp, mailedCode, signInFull, spentTotp, toCodeStep } from "./support/sign-in";

const v = messages.auth.verify;

async function secondFactorFailures(accountId: string): Promise<number> {
  const [row] = await query<{ failures: number }>(`SELECT failures FROM "AuthThrottle" WHERE "accountId" = $1 AND bucket = 'second_factor'`, [accountId]);
  return row?.failures ?? 0;
}


/** A client standing at the code step of the account, its mail (if any) counted. */
async function atCodeStep(account: HostileAccount, ip = 1) {
  const client = new HostileClient(undefined, { "x-forwarded-for": `203.0.113.${ip}` });
  const mailsBefore = (await mailsTo(account.email)).length;
  await toCodeStep(client, account);
  return { client, mailNumber: mailsBefore + 1 };
}

test.describe("TOTP", () => {
  test("an accepted code is refused again, in its own step and the step before", async () => {
    const account = hostileAccount("codesReplay");
    await awayFromStepEdge();
    const first = new HostileClient();
    await toCodeStep(first, account);
    const code = totpAt(account.totpKey!, 0);
    spentTotp(account);
    expect((await codeStep(first, code)).redirectPath).toBe("/home");
    const before = await snapshot(account.id);

    for (const replay of [code, totpAt(account.totpKey!, -1)]) {
      const attacker = new HostileClient();
      await toCodeStep(attacker, account);
      // Told apart from a wrong code (wait for the next one), and refused all the same.
      expectRefused(await codeStep(attacker, replay), v.reused);
      expect(attacker.jar.has("authjs.session-token")).toBe(false);
    }
    expect(await snapshot(account.id)).toEqual(before);
    expect(await liveSessions(account.id)).toHaveLength(1);
  });

  test("codes two steps away, before or after, are refused", async () => {
    const account = hostileAccount("codesFar");
    const before = await snapshot(account.id);
    for (const offset of [-2, 2, -3, 3]) {
      const client = new HostileClient();
      await toCodeStep(client, account);
      await awayFromStepEdge();
      expectRefused(await codeStep(client, totpAt(account.totpKey!, offset)), v.wrong);
    }
    expect(await snapshot(account.id)).toEqual(before);
  });

  test("one code submitted in parallel from five sign-ins: exactly one wins", async () => {
    const account = hostileAccount("codesParallel");
    const clients: HttpClient[] = [];
    for (let i = 0; i < 5; i++) clients.push((await atCodeStep(account, 10 + i)).client);
    await awayFromStepEdge();
    const code = await freshTotp(account);
    const answers = await Promise.all(clients.map((c) => codeStep(c, code)));
    expect(answers.filter((a) => a.redirectPath === "/home")).toHaveLength(1);
    for (const a of answers.filter((x) => x.redirectPath !== "/home")) expectRefused(a);
    expect(await liveSessions(account.id)).toHaveLength(1);
  });

  test("brute force across restarted sign-ins and new addresses: the limit holds, the count does not reset", async () => {
    const account = hostileAccount("codesBruteTotp");
    // Three guesses from one address, two from another sign-in elsewhere: five in all.
    for (const [ip, guesses] of [[21, 3], [22, 2]] as const) {
      const { client } = await atCodeStep(account, ip);
      for (let i = 0; i < guesses; i++) expectRefused(await codeStep(client, wrongTotp(account.totpKey!)));
    }
    expect(await secondFactorFailures(account.id)).toBe(5);
    const before = await snapshot(account.id);
    // A third sign-in from a third address, with the right code: still refused.
    const { client } = await atCodeStep(account, 23);
    expectRefused(await codeStep(client, await freshTotp(account)), v.locked);
    expect(await secondFactorFailures(account.id)).toBeGreaterThanOrEqual(5);
    expect(await snapshot(account.id)).toEqual(before);
    expect(await liveSessions(account.id)).toHaveLength(0);
  });

  test("a parallel burst of guesses: at most five are judged, the rest are refused as locked", async () => {
    const account = hostileAccount("codesBurstTotp");
    const clients: HttpClient[] = [];
    for (let i = 0; i < 4; i++) clients.push((await atCodeStep(account, 30 + i)).client);
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => codeStep(clients[i % clients.length]!, wrongTotp(account.totpKey!))));
    for (const a of answers) expectRefused(a);
    const judged = answers.filter((a) => actionResult<{ error?: string }>(a.body)?.error === v.wrong).length;
    expect(judged, "codes compared before the lock").toBeLessThanOrEqual(5);
    expect(await liveSessions(account.id)).toHaveLength(0);
  });
});

test.describe("e-mailed codes", () => {
  test("brute force across restarted sign-ins and new addresses: the limit holds, the count does not reset", async () => {
    const account = hostileAccount("codesBruteEmail");
    const notThe = (code: string) => (code === "999999" ? "999998" : "999999");
    const first = await atCodeStep(account, 41);
    const firstCode = await mailedCode(account, first.mailNumber);
    for (let i = 0; i < 3; i++) expectRefused(await codeStep(first.client, notThe(firstCode)));
    const last = await atCodeStep(account, 42);
    const code = await mailedCode(account, last.mailNumber);
    for (let i = 0; i < 2; i++) expectRefused(await codeStep(last.client, notThe(code)));
    expect(await secondFactorFailures(account.id)).toBe(5);
    const before = await snapshot(account.id);
    expectRefused(await codeStep(last.client, code), v.locked);
    // A new sign-in from a new address gets a new code, and the lock still holds.
    const fresh = await atCodeStep(account, 43);
    expectRefused(await codeStep(fresh.client, await mailedCode(account, fresh.mailNumber)), v.locked);
    expect(await snapshot(account.id)).toEqual(before);
    expect(await liveSessions(account.id)).toHaveLength(0);
  });

  test("a parallel burst of guesses at one code: at most five are judged", async () => {
    const account = hostileAccount("codesBurstEmail");
    const { client, mailNumber } = await atCodeStep(account, 44);
    const code = await mailedCode(account, mailNumber);
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1e6).padStart(6, "0"));
    const answers = await Promise.all(guesses.map((g) => codeStep(client, g)));
    for (const a of answers) expectRefused(a);
    const judged = answers.filter((a) => actionResult<{ error?: string }>(a.body)?.error === v.wrong).length;
    expect(judged, "codes compared before the lock").toBeLessThanOrEqual(5);
    expect(await liveSessions(account.id)).toHaveLength(0);
  });

  test("one code submitted in parallel: exactly one wins", async () => {
    const account = hostileAccount("codesParallelEmail");
    const { client, mailNumber } = await atCodeStep(account, 45);
    const code = await mailedCode(account, mailNumber);
    // The same browser (one flow) submitting five times at once, as a double-clicking user or a replaying attacker would.
    const copies = Array.from({ length: 5 }, () => {
      const c = new HostileClient();
      for (const [k, val] of client.jar) c.jar.set(k, val);
      return c;
    });
    const answers = await Promise.all(copies.map((c) => codeStep(c, code)));
    expect(answers.filter((a) => a.redirectPath === "/home")).toHaveLength(1);
    expect(await liveSessions(account.id)).toHaveLength(1);
  });

  test("a code mailed for another sign-in, or to another account, is refused", async () => {
    const account = hostileAccount("codesOtherFlow");
    const a = await atCodeStep(account, 51);
    const codeA = await mailedCode(account, a.mailNumber);
    const b = await atCodeStep(account, 52);
    const codeB = await mailedCode(account, b.mailNumber);
    const other = hostileAccount("codesOtherAccount");
    const o = await atCodeStep(other, 53);
    const codeOther = await mailedCode(other, o.mailNumber);
    const before = await snapshot(account.id);
    const otherBefore = await snapshot(other.id);

    if (codeA !== codeB) {
      expectRefused(await codeStep(b.client, codeA), v.wrong);
      expectRefused(await codeStep(a.client, codeB), v.wrong);
    }
    if (codeOther !== codeA) expectRefused(await codeStep(a.client, codeOther), v.wrong);
    if (codeA !== codeOther) expectRefused(await codeStep(o.client, codeA), v.wrong);
    expect(await snapshot(account.id)).toEqual(before);
    expect(await snapshot(other.id)).toEqual(otherBefore);
  });

  test("after 再送信 the old code is dead and the new one works", async () => {
    const account = hostileAccount("codesResend");
    const { client, mailNumber } = await atCodeStep(account, 61);
    const oldCode = await mailedCode(account, mailNumber);
    const early = await resendStep(client);
    expectRefused(early);
    expect(actionResult<{ error?: string }>(early.body)?.error).toMatch(new RegExp(`^${v.cooldown.replace("{seconds}", "\\d+")}$`));
    // Past the cool-down (60 s) by the server's clock (x-tobira-test-now; lib/clock.ts).
    const later = { now: new Date(Date.now() + 61_000) };
    const resent = await resendStep(client, later);
    expect(actionResult<{ info?: string }>(resent.body)?.info).toBe(v.sent);
    const newCode = await mailedCode(account, mailNumber + 1);
    const before = await snapshot(account.id);
    if (newCode !== oldCode) expectRefused(await codeStep(client, oldCode, later), v.wrong);
    expect(await snapshot(account.id)).toEqual(before);
    expect((await codeStep(client, newCode, later)).redirectPath).toBe("/home");
  });

  test("a code one second past its expiry is refused as expired", async () => {
    const account = hostileAccount("codesExpired");
    const { client, mailNumber } = await atCodeStep(account, 62);
    const code = await mailedCode(account, mailNumber);
    const [flow] = await query<{ expiresAt: Date; sentAt: Date }>(`SELECT "expiresAt", "sentAt" FROM "MailedCode" WHERE "accountId" = $1 AND "purpose" = 'SIGN_IN' AND "codeHash" IS NOT NULL`, [account.id]);
    const before = await snapshot(account.id);
    // One second past the expiry by the server's clock (x-tobira-test-now; lib/clock.ts).
    const late = new Date(flow!.expiresAt.getTime() + 1000);
    // The refusal states the server's configured lifetime (EMAIL_CODE_TTL_MINUTES), as the mail did.
    const minutes = Math.round((flow!.expiresAt.getTime() - flow!.sentAt.getTime()) / 60_000);
    // The refusal shows the code screen again, which for an expired code holds one instruction:
    // start again (no code field, no 再送信); it stays on its own stage and signs nobody in.
    const refused = await codeStep(client, code, { now: late });
    expect(refused.status, "a refusal is never a 5xx").toBeLessThan(500);
    expect(refused.redirectPath).toBe("/login/verify");
    const screen = await client.request("GET", "/login/verify", undefined, { now: late });
    expect(screen.status).toBe(200);
    expect(screen.body).toContain(format(v.expiredRestart, { minutes }));
    expect(screen.body).not.toContain(v.resend);
    expect(screen.body).not.toContain('name="code"');
    expect(await snapshot(account.id)).toEqual(before);
    expect(await liveSessions(account.id)).toHaveLength(0);
  });
});

test("a recovery code works once; the second use, or another account's use, is refused", async () => {
  const account = hostileAccount("codesRecovery");
  const owner = new HostileClient();
  await signInFull(owner, account);
  // Issued through the page's own action, so the test does not depend on their format.
  const issued = await owner.action("/settings/two-factor", actionId("app/(apps)/settings/actions.ts", "regenerateRecoveryCodesAction"), [{}, form({ password: account.password })]);
  const codes = actionResult<{ recoveryCodes?: string[] }>(issued.body)?.recoveryCodes ?? [];
  expect(codes.length).toBeGreaterThan(1);

  const first = new HostileClient();
  await toCodeStep(first, account);
  expect((await codeStep(first, codes[0]!)).redirectPath).toBe("/home");
  const before = await snapshot(account.id);

  const second = new HostileClient();
  await toCodeStep(second, account);
  expectRefused(await codeStep(second, codes[0]!), v.wrong);
  expect(await snapshot(account.id)).toEqual(before);

  const stranger = hostileAccount("codesRecoveryOther");
  const strangerBefore = await snapshot(stranger.id);
  const thief = new HostileClient();
  await toCodeStep(thief, stranger);
  expectRefused(await codeStep(thief, codes[1]!), v.wrong);
  expect(await snapshot(stranger.id)).toEqual(strangerBefore);
  expect(await query(`SELECT 1 FROM "RecoveryCode" WHERE "accountId" = $1 AND "usedAt" IS NOT NULL`, [account.id])).toHaveLength(1);
});
