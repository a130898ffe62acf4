// Every move of the sign-in transition table (lib/auth/sign-in/transitions.ts),
// driven through the steps' entry points as a browser drives them, on a real
// database; and every refusal: no flow, an ended flow, the wrong stage, a
// disabled account, a parallel or repeated step, a wrong code, a lock, a step-up
// posting remember=on, a cancel. A trigger on LoginFlow records each stage the
// database saw, so the last test can check that the steps made every move of
// the table and no other.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { redeemGrant } from "@/lib/auth/gate";
import { validateSession, type Session } from "@/lib/auth/session-store";
import {
  changeInitialPasswordStep, chooseStep, confirmTotpStep, enrolEmailStep, enrolmentView, finishRecoveryCodesStep, flowView, passwordStep,
  rememberConfirmStep, sendCodeStep, setupStep, stepUpStep, verifyStep, type StepResult,
} from "@/lib/auth/sign-in";
import { advance, FLOW_COOKIE, flowByToken } from "@/lib/auth/flow-store";
import { ENTRY_STAGES, IllegalTransition, TRANSITIONS } from "@/lib/auth/sign-in/transitions";
import { openTotpSecret } from "@/lib/auth/totp-secret";
import { totpCode } from "@/lib/auth/totp";

describe(`sign-in transitions (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let ip = 10;
  const browser = () => new TestBrowser(`198.51.100.${ip++}`);

  beforeAll(async () => {
    // Observation only: what the steps wrote, as the database saw it.
    await db().client.$executeRawUnsafe(`CREATE TABLE stage_moves (from_stage text, to_stage text)`);
    await db().client.$executeRawUnsafe(`
      CREATE FUNCTION record_stage_move() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN INSERT INTO stage_moves VALUES ('start', NEW.stage::text);
        ELSIF NEW.stage IS DISTINCT FROM OLD.stage THEN INSERT INTO stage_moves VALUES (OLD.stage::text, NEW.stage::text);
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db().client.$executeRawUnsafe(`CREATE TRIGGER record_stage_move AFTER INSERT OR UPDATE ON "LoginFlow" FOR EACH ROW EXECUTE FUNCTION record_stage_move()`);
  });

  async function session(b: TestBrowser, result: StepResult): Promise<Session> {
    if (!result.ok || !("grant" in result)) throw new Error(`expected a grant, got ${JSON.stringify(result)}`);
    const user = await redeemGrant(result.grant, { ip: b.ip, userAgent: b.userAgent }, new Date());
    return (await validateSession(user!.sid, new Date()))!;
  }

  async function lastMailedCode(to: string): Promise<string> {
    const mail = await db().client.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
    return /\b(\d{6})\b/.exec(mail.text)![1]!;
  }

  async function stageOf(b: TestBrowser) {
    const token = b.cookie(FLOW_COOKIE);
    return token ? (await flowByToken(token, new Date()))?.stage ?? null : null;
  }

  const password = (b: TestBrowser, loginId: string, pw = TEST_PASSWORD) => b.request(() => passwordStep({ loginId, password: pw }));

  describe("every move", () => {
    it("employee: password → choose → limited → done", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      expect(await password(b, account.loginId)).toEqual({ ok: true, next: "/login/choose" });
      expect(await stageOf(b)).toBe("choose");
      const s = await session(b, await b.request(() => chooseStep("limited")));
      expect(s.mode).toBe("LIMITED");
    });

    it("employee with TOTP: choose → second_factor → done", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      expect(await b.request(() => chooseStep("full"))).toEqual({ ok: true, next: "/login/verify" });
      expect(await stageOf(b)).toBe("second_factor");
      expect((await session(b, await b.request(() => verifyStep(totpCode(secret!))))).mode).toBe("FULL");
    });

    it("second_factor → remember_confirm → done with the skip; then choose → done on the skip cookie; and a decline sets none", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      expect(await b.request(() => verifyStep(totpCode(secret!), true))).toEqual({ ok: true, next: "/login/remember" });
      expect(await stageOf(b)).toBe("remember_confirm");
      await session(b, await b.request(() => rememberConfirmStep(true)));
      expect([...b.jar.keys()].filter((k) => k.startsWith("tobira_skip_"))).toHaveLength(1);

      // The next sign-in on this browser skips the code.
      await password(b, account.loginId);
      expect((await session(b, await b.request(() => chooseStep("full")))).mode).toBe("FULL");

      const other = await createTestAccount(db().client, { totp: true });
      const c = browser();
      await password(c, other.account.loginId);
      await c.request(() => chooseStep("full"));
      await c.request(() => verifyStep(totpCode(other.secret!), true));
      await session(c, await c.request(() => rememberConfirmStep(false)));
      expect(await db().client.rememberedBrowser.count({ where: { accountId: other.account.id } })).toBe(0);
    });

    it("employee without a factor, e-mail: choose → setup → second_factor → done, and the method is recorded by the code", async () => {
      const { account } = await createTestAccount(db().client);
      const b = browser();
      await password(b, account.loginId);
      expect(await b.request(() => chooseStep("full"))).toEqual({ ok: true, next: "/login/setup" });
      expect(await b.request(() => setupStep("email"))).toEqual({ ok: true, next: "/login/verify" });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBeNull();
      await session(b, await b.request(async () => verifyStep(await lastMailedCode(account.email))));
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBe("EMAIL");
    });

    it("employee with the e-mail factor: choose → second_factor mails a code", async () => {
      const { account } = await createTestAccount(db().client);
      await db().client.account.update({ where: { id: account.id }, data: { secondFactor: "EMAIL" } });
      const b = browser();
      await password(b, account.loginId);
      expect(await b.request(() => chooseStep("full"))).toEqual({ ok: true, next: "/login/verify" });
      await session(b, await b.request(async () => verifyStep(await lastMailedCode(account.email))));
    });

    it("Authenticator: setup → enrol_email → enrol_totp → recovery_codes → done", async () => {
      const { account } = await createTestAccount(db().client);
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      expect(await b.request(() => setupStep("totp"))).toEqual({ ok: true, next: "/login/setup/email" });
      expect(await b.request(async () => enrolEmailStep(await lastMailedCode(account.email)))).toEqual({ ok: true, next: "/login/setup/authenticator" });
      expect(await b.request(() => enrolmentView())).not.toBeNull();
      const cred = await db().client.totpCredential.findUniqueOrThrow({ where: { accountId: account.id } });
      const confirmed = await b.request(() => confirmTotpStep(totpCode(openTotpSecret(account.id, cred.secretEnc))));
      expect(confirmed).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
      expect(await stageOf(b)).toBe("recovery_codes");
      const done = await b.request(() => finishRecoveryCodesStep());
      // The landing page says the enrolment worked.
      expect(done).toMatchObject({ ok: true, enrolled: true });
      expect((await session(b, done)).mode).toBe("FULL");
    });

    /** An employee without a factor, signed in through the Authenticator's enrolment up to the recovery codes. */
    async function enrolledToRecoveryCodes(b: TestBrowser, loginId: string, accountId: string, email: string) {
      await password(b, loginId);
      await b.request(() => chooseStep("full"));
      await b.request(() => setupStep("totp"));
      await b.request(async () => enrolEmailStep(await lastMailedCode(email)));
      await b.request(() => enrolmentView());
      const cred = await db().client.totpCredential.findUniqueOrThrow({ where: { accountId } });
      await b.request(() => confirmTotpStep(totpCode(openTotpSecret(accountId, cred.secretEnc))));
      expect(await stageOf(b)).toBe("recovery_codes");
    }

    it("Authenticator with 「次回以降、…省略する」 at its end: recovery_codes → remember_confirm → done with the skip", async () => {
      const { account } = await createTestAccount(db().client);
      const b = browser();
      await enrolledToRecoveryCodes(b, account.loginId, account.id, account.email);
      expect(await b.request(() => flowView())).toMatchObject({ stage: "recovery_codes", mayRemember: true });
      expect(await b.request(() => finishRecoveryCodesStep(true))).toEqual({ ok: true, next: "/login/remember" });
      expect(await stageOf(b)).toBe("remember_confirm");
      const done = await b.request(() => rememberConfirmStep(true));
      expect(done).toMatchObject({ ok: true, enrolled: true });
      expect((await session(b, done)).mode).toBe("FULL");
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id } })).toBe(1);
    });

    it("e-mail enrolment: the finishing code says it enrolled; a later sign-in does not", async () => {
      const { account } = await createTestAccount(db().client);
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      await b.request(() => setupStep("email"));
      const first = await b.request(async () => verifyStep(await lastMailedCode(account.email)));
      expect(first).toMatchObject({ ok: true, enrolled: true });
      await session(b, first);
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      const again = await b.request(async () => verifyStep(await lastMailedCode(account.email)));
      expect(again).toMatchObject({ ok: true });
      expect(again).not.toHaveProperty("enrolled");
    });

    it("initial password: password → change_password → choose", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      await db().client.account.update({ where: { id: account.id }, data: { mustChangePassword: true } });
      const b = browser();
      expect(await password(b, account.loginId)).toEqual({ ok: true, next: "/login/change-password" });
      expect(await b.request(() => changeInitialPasswordStep("a much newer passphrase 2026"))).toEqual({ ok: true, next: "/login/choose" });
      expect(await stageOf(b)).toBe("choose");
    });

    it("sharoushi without a factor: password → choose → enrol_email (full, no chooser)", async () => {
      const { account } = await createTestAccount(db().client, { role: "SHAROUSHI" });
      const b = browser();
      expect(await password(b, account.loginId)).toEqual({ ok: true, next: "/login/setup/email" });
      expect(await b.request(() => flowView())).toMatchObject({ stage: "enrol_email" });
    });

    it("step-up: a limited session → second_factor → done (FULL, the limited session replaced)", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      const limited = await session(b, await b.request(() => chooseStep("limited")));
      expect(await b.request(() => stepUpStep(limited))).toEqual({ ok: true, next: "/login/verify" });
      const full = await session(b, await b.request(() => verifyStep(totpCode(secret!))));
      expect(full.mode).toBe("FULL");
      expect(await validateSession(limited.sid, new Date())).toBeNull();
    });
  });

  describe("refusals", () => {
    it("a wrong password starts no flow", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      expect(await password(b, account.loginId, "wrong")).toEqual({ ok: false, error: "invalid_credentials" });
      expect(b.cookie(FLOW_COOKIE)).toBeUndefined();
    });

    it("no flow cookie, or a cookie naming nothing: every step is flow_expired", async () => {
      const b = browser();
      expect(await b.request(() => chooseStep("full"))).toEqual({ ok: false, error: "flow_expired" });
      b.jar.set(FLOW_COOKIE, "not-a-flow");
      expect(await b.request(() => verifyStep("123456"))).toEqual({ ok: false, error: "flow_expired" });
      expect(await b.request(() => sendCodeStep())).toEqual({ ok: false, error: "flow_expired" });
      expect(await b.request(() => confirmTotpStep("123456"))).toEqual({ ok: false, error: "flow_expired" });
    });

    it("a step at another stage does nothing (skipped step, back button)", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      expect(await b.request(() => verifyStep(totpCode(secret!)))).toEqual({ ok: false, error: "flow_expired" });
      expect(await b.request(() => setupStep("email"))).toEqual({ ok: false, error: "flow_expired" });
      expect(await b.request(() => finishRecoveryCodesStep())).toEqual({ ok: false, error: "flow_expired" });
      expect(await stageOf(b)).toBe("choose");
    });

    it("an expired flow is refused", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      await db().client.loginFlow.updateMany({ where: { accountId: account.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await b.request(() => chooseStep("limited"))).toEqual({ ok: false, error: "flow_expired" });
    });

    it("an account disabled during its sign-in is refused at the next step", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      await db().client.account.update({ where: { id: account.id }, data: { disabled: true } });
      expect(await b.request(() => verifyStep(totpCode(secret!)))).toEqual({ ok: false, error: "flow_expired" });
      expect(await b.request(() => flowView())).toBeNull();
    });

    it("parallel and repeated steps: of two limited choices one signs in; a repeat is refused", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      const twin = new TestBrowser(b.ip, b.userAgent, new Map(b.jar));
      const results = await Promise.all([b.request(() => chooseStep("limited")), twin.request(() => chooseStep("limited"))]);
      expect(results.filter((r) => r.ok && "grant" in r)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "flow_expired" }]);
      expect(await b.request(() => chooseStep("full"))).toEqual({ ok: false, error: "flow_expired" });
    });

    it("a wrong code leaves the flow at second_factor; enough of them lock, and then even the right code is refused", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      expect(await b.request(() => verifyStep("000000"))).toEqual({ ok: false, error: "wrong_code" });
      expect(await stageOf(b)).toBe("second_factor");
      const answers: StepResult[] = [];
      for (let i = 0; i < 8; i++) answers.push(await b.request(() => verifyStep("000000")));
      expect(answers).toContainEqual({ ok: false, error: "locked" });
      expect(await b.request(() => verifyStep(totpCode(secret!)))).toEqual({ ok: false, error: "locked" });
      expect(await stageOf(b)).toBe("second_factor");
    });

    it("a mailed code at enrolment: a wrong one is refused, a second send within the cool-down too", async () => {
      const { account } = await createTestAccount(db().client);
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      await b.request(() => setupStep("totp"));
      expect(await b.request(() => enrolEmailStep("000000"))).toEqual({ ok: false, error: "wrong_code" });
      expect(await b.request(() => sendCodeStep())).toMatchObject({ ok: false, error: "cooldown", retryAfterMs: expect.any(Number) });
      expect(await stageOf(b)).toBe("enrol_email");
    });

    it("a sharoushi account's code screen offers no e-mail", async () => {
      const { account } = await createTestAccount(db().client, { role: "SHAROUSHI", totp: true });
      const b = browser();
      expect(await password(b, account.loginId)).toEqual({ ok: true, next: "/login/verify" });
      expect(await b.request(() => sendCodeStep())).toEqual({ ok: false, error: "not_allowed" });
    });

    it("a replayed Authenticator code is refused as already used, and counted like a wrong one", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      const code = totpCode(secret!);
      await session(b, await b.request(() => verifyStep(code)));
      await password(b, account.loginId);
      await b.request(() => chooseStep("full"));
      expect(await b.request(() => verifyStep(code))).toEqual({ ok: false, error: "code_reused" });
      expect(await stageOf(b)).toBe("second_factor");
      const bucket = await db().client.authThrottle.findUniqueOrThrow({ where: { accountId_bucket: { accountId: account.id, bucket: "second_factor" } } });
      expect(bucket.failures).toBe(1);
      expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "code.failed" } })).toBe(1);
    });

    it("a step-up that enrols the Authenticator: no skip offered nor set, even when posted; the landing page says it enrolled", async () => {
      const { account } = await createTestAccount(db().client);
      const b = browser();
      await password(b, account.loginId);
      const limited = await session(b, await b.request(() => chooseStep("limited")));
      expect(await b.request(() => stepUpStep(limited))).toEqual({ ok: true, next: "/login/setup" });
      await b.request(() => setupStep("totp"));
      await b.request(async () => enrolEmailStep(await lastMailedCode(account.email)));
      expect(await b.request(() => enrolmentView())).toMatchObject({ mayRemember: false });
      const cred = await db().client.totpCredential.findUniqueOrThrow({ where: { accountId: account.id } });
      await b.request(() => confirmTotpStep(totpCode(openTotpSecret(account.id, cred.secretEnc))));
      const done = await b.request(() => finishRecoveryCodesStep(true));
      expect(done).toMatchObject({ ok: true, enrolled: true });
      expect((await session(b, done)).mode).toBe("FULL");
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id } })).toBe(0);
    });

    it("a step-up posting remember=on signs in without a skip", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      const limited = await session(b, await b.request(() => chooseStep("limited")));
      await b.request(() => stepUpStep(limited));
      expect((await session(b, await b.request(() => verifyStep(totpCode(secret!), true)))).mode).toBe("FULL");
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id } })).toBe(0);
    });

    it("cancel forgets the flow: its row, its cookie; the next step is refused", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      const token = b.cookie(FLOW_COOKIE)!;
      expect(await b.request(() => chooseStep("cancel"))).toEqual({ ok: true, next: "/login" });
      expect(b.cookie(FLOW_COOKIE)).toBeUndefined();
      expect(await flowByToken(token, new Date())).toBeNull();
      b.jar.set(FLOW_COOKIE, token);
      expect(await b.request(() => chooseStep("limited"))).toEqual({ ok: false, error: "flow_expired" });
    });

    it("a move the table does not hold throws, and writes nothing", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const b = browser();
      await password(b, account.loginId);
      const flow = (await flowByToken(b.cookie(FLOW_COOKIE)!, new Date()))!;
      await expect(advance(db().client, flow, "recovery_codes")).rejects.toBeInstanceOf(IllegalTransition);
      expect(await stageOf(b)).toBe("choose");
    });
  });

  // Last in the file: tests of a file run in order, so every step above has run.
  it("the steps made every move of the table, and no other", async () => {
    const rows = await db().client.$queryRawUnsafe<{ from_stage: string; to_stage: string }[]>(`SELECT DISTINCT from_stage, to_stage FROM stage_moves`);
    const seen = new Set(rows.map((r) => `${r.from_stage} → ${r.to_stage}`));
    const table = [
      ...Object.keys(ENTRY_STAGES).map((to) => `start → ${to}`),
      ...Object.entries(TRANSITIONS).flatMap(([from, moves]) => moves.map((m) => `${from} → ${m.to}`)),
    ];
    expect([...seen].filter((m) => !table.includes(m)), "moves outside the table").toEqual([]);
    expect(table.filter((m) => !seen.has(m)), "moves of the table no test made").toEqual([]);
  });
});
