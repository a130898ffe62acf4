// The sign-in steps (lib/auth/sign-in/) driven as a browser drives them, on a
// real database: a step-up never sets a skip, whatever the form posts; a step
// that has proven nothing records nothing; each write and its stage change are
// one transaction, so a failure leaves neither.
import { describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { redeemGrant } from "@/lib/auth/gate";
import { validateSession, type Session } from "@/lib/auth/session-store";
import {
  changeInitialPasswordStep, chooseStep, confirmTotpStep, enrolEmailStep, enrolmentView, flowView, passwordStep, rememberConfirmStep, setupStep,
  stepUpStep, verifyStep, type StepResult,
} from "@/lib/auth/sign-in";
import { currentFlow } from "@/lib/auth/flow-store";
import { verifyPassword } from "@/lib/auth/password";
import { openTotpSecret } from "@/lib/auth/totp-secret";
import { totpCode } from "@/lib/auth/totp";

describe(`sign-in flow integrity (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  async function grantOf(browser: TestBrowser, result: StepResult): Promise<Session> {
    if (!result.ok || !("grant" in result)) throw new Error(`expected a grant, got ${JSON.stringify(result)}`);
    const user = await redeemGrant(result.grant, { ip: browser.ip, userAgent: browser.userAgent }, new Date());
    return (await validateSession(user!.sid, new Date()))!;
  }

  async function limitedSession(browser: TestBrowser, loginId: string): Promise<Session> {
    await browser.request(() => passwordStep({ loginId, password: TEST_PASSWORD }));
    return grantOf(browser, await browser.request(() => chooseStep("limited")));
  }

  async function lastMailedCode(to: string): Promise<string> {
    const mail = await db().client.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
    return /\b(\d{6})\b/.exec(mail.text)![1]!;
  }

  describe("step-up never sets a skip", () => {
    it("the code screen of a step-up does not offer the box; a posted remember=on signs in without a skip", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const browser = new TestBrowser();
      const limited = await limitedSession(browser, account.loginId);
      expect(await browser.request(() => stepUpStep(limited))).toEqual({ ok: true, next: "/login/verify" });
      const view = await browser.request(() => flowView());
      expect(view).toMatchObject({ stage: "second_factor", stepUp: true, mayRemember: false });

      // The form cannot show the box, but a hand-made post may still say remember=on.
      const result = await browser.request(() => verifyStep(totpCode(secret!), true));
      const full = await grantOf(browser, result);
      expect(full.mode).toBe("FULL");
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id } })).toBe(0);
      expect([...browser.jar.keys()].some((k) => k.startsWith("tobira_skip_"))).toBe(false);
      const refused = await db().client.auditEvent.findFirst({ where: { accountId: account.id, type: "skip.rejected" } });
      expect(refused?.detail).toMatchObject({ reason: "step_up", purpose: "set" });
    });

    it("a step-up flow pushed to the confirmation stage still sets nothing on [OK]", async () => {
      const { account } = await createTestAccount(db().client, { totp: true });
      const browser = new TestBrowser();
      const limited = await limitedSession(browser, account.loginId);
      await browser.request(() => stepUpStep(limited));
      const flow = (await browser.request(() => currentFlow(new Date())))!;
      await db().client.loginFlow.update({ where: { id: flow.id }, data: { stage: "remember_confirm" } });
      const result = await browser.request(() => rememberConfirmStep(true));
      expect(result.ok && "grant" in result).toBe(true);
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id } })).toBe(0);
    });

    it("at a sign-in (with a password) the box is offered and [OK] sets the skip", async () => {
      const { account, secret } = await createTestAccount(db().client, { totp: true });
      const browser = new TestBrowser();
      await browser.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }));
      await browser.request(() => chooseStep("full"));
      expect(await browser.request(() => flowView())).toMatchObject({ stepUp: false, mayRemember: true });
      expect(await browser.request(() => verifyStep(totpCode(secret!), true))).toEqual({ ok: true, next: "/login/remember" });
      await grantOf(browser, await browser.request(() => rememberConfirmStep(true)));
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id } })).toBe(1);
    });
  });

  describe("the e-mail method is recorded only once its first code is verified", () => {
    it("choosing e-mail and abandoning leaves the account without a factor", async () => {
      const { account } = await createTestAccount(db().client);
      const browser = new TestBrowser();
      await browser.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }));
      expect(await browser.request(() => chooseStep("full"))).toEqual({ ok: true, next: "/login/setup" });
      expect(await browser.request(() => setupStep("email"))).toEqual({ ok: true, next: "/login/verify" });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBeNull();

      // Abandoned: the next sign-in asks to choose a method again.
      const again = new TestBrowser();
      await again.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }));
      expect(await again.request(() => chooseStep("full"))).toEqual({ ok: true, next: "/login/setup" });
    });

    it("the first mailed code verified records the method and signs in", async () => {
      const { account } = await createTestAccount(db().client);
      const browser = new TestBrowser();
      await browser.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }));
      await browser.request(() => chooseStep("full"));
      await browser.request(() => setupStep("email"));
      expect(await browser.request(() => verifyStep("000000"))).toMatchObject({ ok: false });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBeNull();
      const session = await grantOf(browser, await browser.request(async () => verifyStep(await lastMailedCode(account.email))));
      expect(session.mode).toBe("FULL");
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBe("EMAIL");
    });
  });

  describe("each write and its stage change are one transaction", () => {
    // A trigger makes one write fail for one account only, as a full disk or a
    // lost connection would; nothing of the step may remain.
    async function failWrites(table: string, when: string, accountColumn: string, accountId: string) {
      const name = `fail_${table.toLowerCase()}_${accountId.replace(/[^a-z0-9]/gi, "").slice(0, 12)}`;
      await db().client.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW."${accountColumn}" = '${accountId}' THEN RAISE EXCEPTION 'write refused by the test'; END IF; RETURN NEW; END $$`);
      await db().client.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${when} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
      return async () => {
        await db().client.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
        await db().client.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
      };
    }

    it("initial password: when the new password cannot be written, the flow has not moved on", async () => {
      const { account } = await createTestAccount(db().client);
      await db().client.account.update({ where: { id: account.id }, data: { mustChangePassword: true } });
      const browser = new TestBrowser();
      expect(await browser.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }))).toEqual({ ok: true, next: "/login/change-password" });
      const restore = await failWrites("Account", "UPDATE", "id", account.id);
      try {
        await expect(browser.request(() => changeInitialPasswordStep("a-new-and-long-passphrase"))).rejects.toThrow();
      } finally {
        await restore();
      }
      expect((await browser.request(() => currentFlow(new Date())))?.stage).toBe("change_password");
      const row = await db().client.account.findUniqueOrThrow({ where: { id: account.id } });
      expect(row.mustChangePassword).toBe(true);
      expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);
      // Once the database takes writes again, the same step succeeds.
      expect(await browser.request(() => changeInitialPasswordStep("a-new-and-long-passphrase"))).toEqual({ ok: true, next: "/login/choose" });
    });

    it("Authenticator: when the recovery codes cannot be written, nothing is bound and the same code works again", async () => {
      const { account } = await createTestAccount(db().client);
      const browser = new TestBrowser();
      await browser.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }));
      await browser.request(() => chooseStep("full"));
      expect(await browser.request(() => setupStep("totp"))).toEqual({ ok: true, next: "/login/setup/email" });
      expect(await browser.request(async () => enrolEmailStep(await lastMailedCode(account.email)))).toEqual({ ok: true, next: "/login/setup/authenticator" });
      expect(await browser.request(() => enrolmentView())).not.toBeNull();
      const cred = await db().client.totpCredential.findUniqueOrThrow({ where: { accountId: account.id } });
      const code = totpCode(openTotpSecret(account.id, cred.secretEnc));

      const restore = await failWrites("RecoveryCode", "INSERT", "accountId", account.id);
      try {
        await expect(browser.request(() => confirmTotpStep(code))).rejects.toThrow();
      } finally {
        await restore();
      }
      const after = await db().client.totpCredential.findUniqueOrThrow({ where: { accountId: account.id } });
      expect(after.confirmedAt).toBeNull();
      expect(after.lastTimeStep).toBeNull();
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBeNull();
      expect(await db().client.recoveryCode.count({ where: { accountId: account.id } })).toBe(0);
      expect((await browser.request(() => currentFlow(new Date())))?.stage).toBe("enrol_totp");

      const done = await browser.request(() => confirmTotpStep(code));
      expect(done.ok && done.recoveryCodes).toHaveLength(10);
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBe("TOTP");
    });
  });
});
