// The sign-in steps driven with arbitrary input on a real database (fast-check):
// each answers with its typed refusal — never a throw (a 500 for the user) — and
// writes nothing a refusal should not write: no flow moved on, no session, no
// factor used up. Failure counters and audit lines are the writes refusals make.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { FLOW_COOKIE, createFlow } from "@/lib/auth/flow-store";
import { skipCookieName } from "@/lib/auth/skip-cookie";
import { chooseStep, confirmTotpStep, enrolEmailStep, flowView, passwordStep, setNicknameStep, verifyStep } from "@/lib/auth/sign-in";
import { resetFailures } from "@/lib/auth/throttle";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { arbitraryInput, arbitraryText } from "../support/arbitrary-input";
import { inRequest } from "../support/request-context";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

const RUNS = { numRuns: 30 };
const STEP_REFUSALS = ["invalid_credentials", "flow_expired", "wrong_code", "code_expired", "locked", "not_allowed"];

/** Rows a refused step must leave as they were. */
async function snapshot(db: PrismaClient, accountId: string) {
  const [account, flows, sessions, totp, recovery, browsers] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: accountId }, select: { passwordHash: true, email: true, secondFactor: true, mustChangePassword: true } }),
    db.loginFlow.findMany({ where: { accountId }, select: { id: true, stage: true, mode: true, completedAt: true }, orderBy: { id: "asc" } }),
    db.authSession.count({ where: { accountId } }),
    db.totpCredential.findUnique({ where: { accountId }, select: { lastTimeStep: true, confirmedAt: true, nickname: true } }),
    db.recoveryCode.count({ where: { accountId, usedAt: null } }),
    db.rememberedBrowser.count({ where: { accountId } }),
  ]);
  return { account, flows, sessions, totp, recovery, browsers };
}

describe(`sign-in steps with arbitrary input (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  it("ID + password: anything typed is refused with the one generic answer, and no flow starts", async () => {
    const { account } = await createTestAccount(db().client);
    const loginId = fc.oneof(arbitraryInput, fc.constant(account.loginId), arbitraryText.map((s) => account.loginId + s), arbitraryText.map((s) => s + account.loginId));
    const password = fc.oneof(arbitraryInput, arbitraryText.map((s) => TEST_PASSWORD + s), fc.constant(TEST_PASSWORD.normalize("NFD").toUpperCase()));
    await fc.assert(
      fc.asyncProperty(loginId, password, fc.anything(), async (id, pw, junk) => {
        fc.pre(!(id.trim() === account.loginId && pw === TEST_PASSWORD));
        const before = await snapshot(db().client, account.id);
        const jar = new Map<string, string>();
        const result = await inRequest({ cookies: jar }, () => passwordStep({ loginId: id, password: pw }));
        expect(result).toEqual({ ok: false, error: "invalid_credentials" });
        expect(jar.has(FLOW_COOKIE)).toBe(false);
        expect(await snapshot(db().client, account.id)).toEqual(before);
        // Non-strings from a hand-made request: the same answer.
        expect(await inRequest({}, () => passwordStep({ loginId: junk, password: junk }))).toEqual({ ok: false, error: "invalid_credentials" });
      }),
      // Two argon2 verifications a run: fewer runs.
      { numRuns: 20 },
    );
    await resetFailures(account.id, ["password:known", "password:other"]);
  });

  it("a flow cookie of any value names no flow: the pages show nothing, the steps refuse", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryText, async (value) => {
        const jar = new Map([[FLOW_COOKIE, value]]);
        expect(await inRequest({ cookies: jar }, () => flowView())).toBeNull();
        expect(await inRequest({ cookies: jar }, () => verifyStep("123456", false))).toEqual({ ok: false, error: "flow_expired" });
      }),
      { numRuns: 30 },
    );
  });

  it("a skip cookie of any value is no skip: the full mode still asks for the code", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    await fc.assert(
      fc.asyncProperty(arbitraryText, async (value) => {
        const { token } = await createFlow(account.id, "choose", testRequest, new Date());
        const jar = new Map([[FLOW_COOKIE, token], [skipCookieName(account.id), value]]);
        expect(await inRequest({ cookies: jar }, () => chooseStep("full"))).toEqual({ ok: true, next: "/login/verify" });
      }),
      { numRuns: 30 },
    );
    expect(await db().client.authSession.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("code screens: any typed code is a typed refusal; the flow stays, no session, no factor used up", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const { token } = await createFlow(account.id, "second_factor", testRequest, new Date());
    const enrolling = await createTestAccount(db().client);
    const enrolEmail = await createFlow(enrolling.account.id, "enrol_email", testRequest, new Date());
    await fc.assert(
      fc.asyncProperty(arbitraryInput, fc.boolean(), async (code, remember) => {
        await resetFailures(account.id, ["second_factor"]);
        await resetFailures(enrolling.account.id, ["second_factor"]);
        const before = [await snapshot(db().client, account.id), await snapshot(db().client, enrolling.account.id)];
        const verify = await inRequest({ cookies: new Map([[FLOW_COOKIE, token]]) }, () => verifyStep(code, remember));
        const enrol = await inRequest({ cookies: new Map([[FLOW_COOKIE, enrolEmail.token]]) }, () => enrolEmailStep(code));
        for (const r of [verify, enrol]) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(STEP_REFUSALS).toContain(r.error);
        }
        expect([await snapshot(db().client, account.id), await snapshot(db().client, enrolling.account.id)]).toEqual(before);
      }),
      RUNS,
    );
  });

  it("enrolment: any code confirms nothing; any nickname is stored short and printable, or not at all", async () => {
    const { account } = await createTestAccount(db().client);
    const { token } = await createFlow(account.id, "enrol_totp", testRequest, new Date());
    const jar = new Map([[FLOW_COOKIE, token]]);
    await inRequest({ cookies: jar }, async () => {
      const { enrolmentView } = await import("@/lib/auth/sign-in");
      expect(await enrolmentView()).not.toBeNull();
    });
    await fc.assert(
      fc.asyncProperty(arbitraryInput, arbitraryInput, async (code, nickname) => {
        await resetFailures(account.id, ["second_factor"]);
        const result = await inRequest({ cookies: jar }, () => confirmTotpStep(code));
        expect(result.ok).toBe(false);
        expect(await inRequest({ cookies: jar }, () => setNicknameStep(nickname))).toEqual({ ok: true, next: "/login/setup/authenticator" });
        const cred = await db().client.totpCredential.findUniqueOrThrow({ where: { accountId: account.id } });
        expect(cred.confirmedAt).toBeNull();
        if (cred.nickname !== null) {
          expect([...cred.nickname].length).toBeLessThanOrEqual(40);
          expect(cred.nickname).not.toMatch(/\p{Cc}/u);
        }
      }),
      RUNS,
    );
    expect((await db().client.loginFlow.findFirstOrThrow({ where: { accountId: account.id } })).stage).toBe("enrol_totp");
  });
});
