// The one store of mailed codes (lib/auth/mailed-code.ts), on a real database,
// with real mail to the test capture (e2e/support/mail-capture-server.ts):
// expiry read from the caller's clock, the resend cool-down and send cap, the
// attempt cap, single use under parallel submissions, codes bound to purpose,
// owner and new address, and a failed send that leaves the earlier code working
// (docs/requirements.md R-LIMIT-4, R-LIMIT-5, R-LIMIT-6).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFlow } from "@/lib/auth/flow-store";
import {
  accountOwner,
  type CodeOwner,
  codeState,
  issue,
  MAX_CODE_ATTEMPTS,
  mailedCodeTtlMinutes,
  RESEND_COOLDOWN_MS,
  signInOwner,
  verify,
} from "@/lib/auth/mailed-code";
import { sendMail } from "@/lib/mail/send";
import { createTestAccount, testRequest } from "../support/auth-fixtures";
import { withMailCapture } from "../support/mail-capture";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

const MINUTE = 60_000;
const { fault, codesTo } = withMailCapture();
const lastCodeTo = async (to: string) => (await codesTo(to)).at(-1)!;
const other = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe(`the mailed-code store (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  beforeEach(() => fault("ok"));

  /** A fresh account and a send that mails the code to it for real. */
  async function setUp() {
    const { account } = await createTestAccount(db().client);
    const send = (code: string) => sendMail({ to: account.email, subject: "code", text: `code ${code}`, html: `<p>${code}</p>` });
    return { account, send, reset: accountOwner("TWO_FACTOR_RESET", account.id), change: accountOwner("EMAIL_CHANGE", account.id) };
  }
  const rowOf = (owner: CodeOwner) => db().client.mailedCode.findUniqueOrThrow({ where: { purpose_ownerId: { purpose: owner.purpose, ownerId: owner.ownerId } } });

  it("issues six CSPRNG digits stored only as a keyed hash; the right code verifies once, then replays are refused", async () => {
    const { account, send, reset } = await setUp();
    const now = new Date();
    expect(await issue(reset, { now, send })).toEqual({ ok: true, expiresAt: new Date(now.getTime() + mailedCodeTtlMinutes() * MINUTE) });
    const code = await lastCodeTo(account.email);
    expect(code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(await rowOf(reset))).not.toContain(code);
    expect(await verify(reset, code, now)).toEqual({ status: "ok", newEmail: null });
    expect((await verify(reset, code, now)).status).toBe("none");
    expect(await codeState(reset, now)).toBeNull();
  });

  describe("expiry, read from the caller's clock", () => {
    afterEach(() => {
      delete process.env.EMAIL_CODE_TTL_MINUTES;
    });

    it("comes from EMAIL_CODE_TTL_MINUTES: refused as expired a second after, accepted a second before", async () => {
      process.env.EMAIL_CODE_TTL_MINUTES = "7";
      const { account, send, reset } = await setUp();
      const t0 = new Date();
      const issued = await issue(reset, { now: t0, send });
      expect(issued).toEqual({ ok: true, expiresAt: new Date(t0.getTime() + 7 * MINUTE) });
      const code = await lastCodeTo(account.email);
      const expiresAt = new Date(t0.getTime() + 7 * MINUTE);
      expect(await verify(reset, code, new Date(expiresAt.getTime() + 1000))).toEqual({ status: "expired", newEmail: null });
      // An expired code is not counted as an attempt.
      expect((await rowOf(reset)).attempts).toBe(0);
      expect(await codeState(reset, new Date(expiresAt.getTime() + 1000))).toMatchObject({ active: false, expiresAt });
      expect((await verify(reset, code, new Date(expiresAt.getTime() - 1000))).status).toBe("ok");
    });
  });

  it("resend: refused during the cool-down, then a new code that kills the old one; the sign-in send cap holds", async () => {
    const { account, send } = await setUp();
    const { flow } = await createFlow(account.id, "second_factor", testRequest, new Date());
    const owner = signInOwner(flow);
    const t0 = new Date();
    expect((await issue(owner, { now: t0, send, maxSends: 2 })).ok).toBe(true);
    const first = await lastCodeTo(account.email);
    expect(await issue(owner, { now: new Date(t0.getTime() + RESEND_COOLDOWN_MS - 1000), send, maxSends: 2 })).toEqual({ ok: false, reason: "cooldown", retryAfterMs: 1000 });

    const t1 = new Date(t0.getTime() + RESEND_COOLDOWN_MS + 1000);
    expect((await issue(owner, { now: t1, send, maxSends: 2 })).ok).toBe(true);
    const second = await lastCodeTo(account.email);
    expect(await codesTo(account.email)).toHaveLength(2);
    if (first !== second) expect((await verify(owner, first, t1)).status).toBe("wrong");
    expect((await verify(owner, second, t1)).status).toBe("ok");

    const t2 = new Date(t1.getTime() + RESEND_COOLDOWN_MS + 1000);
    expect(await issue(owner, { now: t2, send, maxSends: 2 })).toEqual({ ok: false, reason: "too_many" });
    expect(await codesTo(account.email)).toHaveLength(2);
  });

  it("two parallel sends mail one code", async () => {
    const { account, send, reset } = await setUp();
    const now = new Date();
    const results = await Promise.all([issue(reset, { now, send }), issue(reset, { now, send })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "cooldown" });
    expect(await codesTo(account.email)).toHaveLength(1);
  });

  it(`dies after ${MAX_CODE_ATTEMPTS} wrong guesses: the right code is refused after them`, async () => {
    const { account, send, reset } = await setUp();
    const now = new Date();
    await issue(reset, { now, send });
    const code = await lastCodeTo(account.email);
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) expect((await verify(reset, other(code), now)).status).toBe("wrong");
    expect((await verify(reset, code, now)).status).toBe("none");
    expect((await rowOf(reset)).attempts).toBe(MAX_CODE_ATTEMPTS);
    expect(await codeState(reset, now)).toBeNull();
  });

  it("parallel submissions of the right code: exactly one succeeds", async () => {
    const { account, send, reset } = await setUp();
    const now = new Date();
    await issue(reset, { now, send });
    const code = await lastCodeTo(account.email);
    const results = await Promise.all(Array.from({ length: 8 }, () => verify(reset, code, now)));
    expect(results.filter((r) => r.status === "ok")).toHaveLength(1);
    expect(results.filter((r) => r.status !== "ok").every((r) => r.status === "none")).toBe(true);
  });

  it(`a parallel burst of wrong guesses, the right code last, compares at most ${MAX_CODE_ATTEMPTS}`, async () => {
    const { account, send, reset } = await setUp();
    const now = new Date();
    await issue(reset, { now, send });
    const code = await lastCodeTo(account.email);
    const guesses = [...Array.from({ length: 20 }, () => other(code)), code];
    const results = await Promise.all(guesses.map((g) => verify(reset, g, now)));
    expect(results.filter((r) => r.status === "wrong" || r.status === "ok").length).toBeLessThanOrEqual(MAX_CODE_ATTEMPTS);
    expect((await rowOf(reset)).attempts).toBe(MAX_CODE_ATTEMPTS);
  });

  it("a code never verifies for another purpose or another owner, even with its hash copied there", async () => {
    const { account, send, reset, change } = await setUp();
    const b = await setUp();
    const now = new Date();
    await issue(reset, { now, send });
    const code = await lastCodeTo(account.email);
    await issue(b.reset, { now, send: b.send });
    await issue(change, { now, send, newEmail: `new-${account.id}@test.example` });
    // Someone with write access moves the hash to the other rows: the binding is in the hash itself.
    const { codeHash } = await rowOf(reset);
    await db().client.mailedCode.updateMany({ where: { id: { in: [(await rowOf(b.reset)).id, (await rowOf(change)).id] } }, data: { codeHash } });
    expect((await verify(b.reset, code, now)).status).toBe("wrong");
    expect((await verify(change, code, now, { newEmail: `new-${account.id}@test.example` })).status).toBe("wrong");
    // No code of that purpose for that owner at all.
    expect((await verify(accountOwner("TWO_FACTOR_RESET", "no-such-account"), code, now)).status).toBe("none");
    expect((await verify(reset, code, now)).status).toBe("ok");
  });

  it("an e-mail change code is bound to its new address", async () => {
    const { change } = await setUp();
    const to = `bound-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const now = new Date();
    await issue(change, { now, newEmail: to, send: (code) => sendMail({ to, subject: "code", text: `code ${code}`, html: "<p>-</p>" }) });
    const code = await lastCodeTo(to);
    expect((await verify(change, code, now, { newEmail: `other-${to}` })).status).toBe("wrong");
    expect(await verify(change, code, now, { newEmail: to.toUpperCase() })).toEqual({ status: "ok", newEmail: to });
  });

  it("a failed resend leaves the earlier code working and starts no cool-down, but counts toward the cap", async () => {
    const { account, send, reset } = await setUp();
    const t0 = new Date();
    await issue(reset, { now: t0, send, maxSends: 3 });
    const first = await lastCodeTo(account.email);
    await fault("500");
    const later = new Date(t0.getTime() + RESEND_COOLDOWN_MS + 1000);
    expect(await issue(reset, { now: later, send, maxSends: 3 })).toMatchObject({ ok: false, reason: "mail_failed" });
    expect(await codeState(reset, later)).toMatchObject({ active: true, expiresAt: new Date(t0.getTime() + mailedCodeTtlMinutes() * MINUTE) });
    expect((await rowOf(reset)).sends).toBe(2);
    await fault("ok");
    // Right away: no cool-down from the mail that never left; this one is the last allowed.
    expect((await issue(reset, { now: new Date(later.getTime() + 1000), send, maxSends: 3 })).ok).toBe(true);
    const second = await lastCodeTo(account.email);
    if (first !== second) expect((await verify(reset, first, later)).status).toBe("wrong");
    expect((await verify(reset, second, later)).status).toBe("ok");
  });

  it("a failed first send leaves no code, and the next try may follow at once", async () => {
    const { account, send, reset } = await setUp();
    const now = new Date();
    await fault("500");
    expect(await issue(reset, { now, send })).toMatchObject({ ok: false, reason: "mail_failed" });
    expect(await codeState(reset, now)).toBeNull();
    await fault("ok");
    expect((await issue(reset, { now, send })).ok).toBe(true);
    expect((await verify(reset, await lastCodeTo(account.email), now)).status).toBe("ok");
  });
});
