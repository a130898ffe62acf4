// The signed-in user's own changes through the data layer on a real database:
// password change, two-factor reset (full and limited), e-mail address change
// with a code to the new address, and additional accounts — each with the
// refusals an attacker would try (wrong password, replayed or expired code,
// another user's account ID, the wrong mode).
import { describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { sessionFor } from "./apps-fixtures";
import {
  AdditionalAccountsNotAllowed, createAdditionalAccount, disableAdditionalAccount, listAdditionalAccounts, mayManageAdditionalAccounts,
  nextAdditionalLoginId, renameAdditionalAccount,
} from "@/lib/account/additional-accounts";
import { confirmEmailChange, pendingEmailChange, requestEmailChange } from "@/lib/account/email-change";
import { changeOwnPassword } from "@/lib/account/own-password";
import { resetCodeState, resetOwnSecondFactor, sendResetCode } from "@/lib/account/two-factor-reset";
import { MAX_CODE_ATTEMPTS } from "@/lib/auth/email-code";
import { createFlow } from "@/lib/auth/flow-store";
import { completeFlow } from "@/lib/auth/gate";
import { verifyPassword } from "@/lib/auth/password";
import { rememberBrowser } from "@/lib/auth/remembered-browser";
import { resetSecondFactor } from "@/lib/auth/revoke";
import { replaceRecoveryCodes } from "@/lib/auth/second-factor";
import { validateSession } from "@/lib/auth/session-store";

const NEW_PASSWORD = "a brand new passphrase 2026";
const MINUTE = 60_000;

describe(`self-service changes (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  async function employee(opts: { totp?: boolean } = {}) {
    const { account, secret } = await createTestAccount(db().client, opts);
    return { account, secret, full: await sessionFor(db().client, account.id, "FULL") };
  }

  /** The newest code mailed to the address (the development outbox is the mail transport in tests). */
  async function lastCodeTo(address: string): Promise<string> {
    const mail = await db().client.devMail.findFirstOrThrow({ where: { to: address }, orderBy: { createdAt: "desc" } });
    const match = /^(\d{6})$/m.exec(mail.text);
    if (!match) throw new Error(`no code in "${mail.subject}"`);
    return match[1]!;
  }
  const mailsTo = (address: string) => db().client.devMail.findMany({ where: { to: address }, orderBy: { createdAt: "asc" } });
  const passwordHashOf = async (id: string) => (await db().client.account.findUniqueOrThrow({ where: { id } })).passwordHash;
  const wrong = (code: string) => (code === "000000" ? "111111" : "000000");

  describe("password change (パスワード変更)", () => {
    it("checks the new password first: mismatch, too short, common, same as the login ID — nothing changes, no attempt counted", async () => {
      const { account, full } = await employee();
      const base = { currentPassword: "not the password" };
      expect(await changeOwnPassword(full, { ...base, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }, testRequest, new Date())).toEqual({ ok: false, error: "mismatch" });
      expect(await changeOwnPassword(full, { ...base, newPassword: "short1", confirmPassword: "short1" }, testRequest, new Date())).toEqual({ ok: false, error: "too_short" });
      expect(await changeOwnPassword(full, { ...base, newPassword: "password123", confirmPassword: "password123" }, testRequest, new Date())).toEqual({ ok: false, error: "common" });
      const asId = account.loginId.toLowerCase();
      expect((await changeOwnPassword(full, { ...base, newPassword: asId, confirmPassword: asId }, testRequest, new Date())).ok).toBe(false);
      expect(await db().client.authThrottle.count({ where: { accountId: account.id } })).toBe(0);
      expect(await verifyPassword(await passwordHashOf(account.id), TEST_PASSWORD)).toBe(true);
    });

    it("refuses a wrong current password and locks after repeated failures, even for the right one", async () => {
      const { account, full } = await employee();
      const attempt = (currentPassword: string) => changeOwnPassword(full, { currentPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, testRequest, new Date());
      for (let i = 0; i < 4; i++) expect(await attempt("guess")).toEqual({ ok: false, error: "wrong_password" });
      expect(await attempt("guess")).toEqual({ ok: false, error: "locked" });
      expect(await attempt(TEST_PASSWORD)).toEqual({ ok: false, error: "locked" });
      expect(await verifyPassword(await passwordHashOf(account.id), TEST_PASSWORD)).toBe(true);
      const audits = await db().client.auditEvent.findMany({ where: { accountId: account.id, type: "password.failed" } });
      expect(audits.length).toBeGreaterThanOrEqual(5);
      expect(JSON.stringify(audits)).not.toContain("guess");
    });

    it("refuses the current password as the new one", async () => {
      const { full } = await employee();
      expect(await changeOwnPassword(full, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }, testRequest, new Date())).toEqual({
        ok: false,
        error: "same_as_current",
      });
    });

    it("writes the new password, keeps this session, ends the others and every skip, and mails a notice", async () => {
      const { account, full } = await employee();
      const other = await sessionFor(db().client, account.id, "LIMITED");
      await rememberBrowser(account, testRequest, new Date());
      expect(await changeOwnPassword(full, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, testRequest, new Date())).toEqual({ ok: true });
      const hash = await passwordHashOf(account.id);
      expect(await verifyPassword(hash, NEW_PASSWORD)).toBe(true);
      expect(await verifyPassword(hash, TEST_PASSWORD)).toBe(false);
      expect(await validateSession(full.sid, new Date())).not.toBeNull();
      expect(await validateSession(other.sid, new Date())).toBeNull();
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id, revokedAt: null } })).toBe(0);
      const mails = await mailsTo(account.email);
      expect(mails.at(-1)!.subject).toContain("パスワードが変更されました");
      expect(mails.at(-1)!.text).not.toContain(NEW_PASSWORD);
    });

    it("is refused to a limited session", async () => {
      const { account } = await employee();
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      await expect(changeOwnPassword(limited, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, testRequest, new Date())).rejects.toThrow();
    });
  });

  describe("two-factor reset (2要素認証初期化)", () => {
    it("full session: a wrong password removes nothing", async () => {
      const { account, full } = await employee({ totp: true });
      expect(await resetOwnSecondFactor(full, { password: "wrong" }, testRequest, new Date())).toEqual({ ok: false, error: "wrong_password" });
      expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(1);
      expect(await validateSession(full.sid, new Date())).not.toBeNull();
    });

    it("full session: the password removes the Authenticator, recovery codes, skips and every session, and mails a notice", async () => {
      const { account, full } = await employee({ totp: true });
      await replaceRecoveryCodes(account.id);
      await rememberBrowser(account, testRequest, new Date());
      const other = await sessionFor(db().client, account.id, "FULL");
      expect(await resetOwnSecondFactor(full, { password: TEST_PASSWORD }, testRequest, new Date())).toEqual({ ok: true });
      expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(0);
      expect(await db().client.recoveryCode.count({ where: { accountId: account.id } })).toBe(0);
      expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id, revokedAt: null } })).toBe(0);
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).secondFactor).toBeNull();
      // Every session, this one too: the browser signs in again and enrols by QR.
      expect(await validateSession(full.sid, new Date())).toBeNull();
      expect(await validateSession(other.sid, new Date())).toBeNull();
      expect((await mailsTo(account.email)).at(-1)!.subject).toContain("2要素認証が初期化されました");
      expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "two_factor.reset" } })).toBe(1);
    });

    it("never enrolled: nothing to reset — no code mailed, the right password and a code refused before anything is counted", async () => {
      const { account } = await employee();
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      expect(await resetCodeState(limited, new Date())).toMatchObject({ enrolled: false });
      expect(await sendResetCode(limited, testRequest, new Date())).toEqual({ ok: false, error: "not_enrolled" });
      expect(await mailsTo(account.email)).toHaveLength(0);
      expect(await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: "123456" }, testRequest, new Date())).toEqual({ ok: false, error: "not_enrolled" });
      expect(await db().client.authThrottle.count({ where: { accountId: account.id } })).toBe(0);
      expect(await validateSession(limited.sid, new Date())).not.toBeNull();
      const refused = await db().client.auditEvent.findMany({ where: { accountId: account.id, type: "two_factor.reset_refused" } });
      expect(refused.map((e) => (e.detail as { reason: string }).reason)).toEqual(["not_enrolled", "not_enrolled"]);
      // Once the e-mail method is recorded there is something to reset.
      await db().client.account.update({ where: { id: account.id }, data: { secondFactor: "EMAIL" } });
      expect(await resetCodeState(limited, new Date())).toMatchObject({ enrolled: true, needsCode: true });
      expect(await sendResetCode(limited, testRequest, new Date())).toEqual({ ok: true });
    });

    it("a full session needs no code and sends none", async () => {
      const { full } = await employee({ totp: true });
      expect(await resetCodeState(full, new Date())).toMatchObject({ needsCode: false, codeActive: false });
      expect(await sendResetCode(full, testRequest, new Date())).toEqual({ ok: false, error: "not_needed" });
    });

    it("limited session: without a code nothing happens, even with the right password", async () => {
      const { account } = await employee({ totp: true });
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      expect(await resetOwnSecondFactor(limited, { password: TEST_PASSWORD }, testRequest, new Date())).toEqual({ ok: false, error: "code_required" });
      expect(await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: "123456" }, testRequest, new Date())).toEqual({ ok: false, error: "no_code" });
      expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(1);
    });

    it("limited session: the mailed code works once, stored hashed; a wrong password does not use it up", async () => {
      const { account } = await employee({ totp: true });
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      expect(await sendResetCode(limited, testRequest, new Date())).toEqual({ ok: true });
      expect((await sendResetCode(limited, testRequest, new Date())).ok).toBe(false); // cool-down
      const code = await lastCodeTo(account.email);
      const row = await db().client.mailedCode.findUniqueOrThrow({ where: { purpose_ownerId: { purpose: "TWO_FACTOR_RESET", ownerId: account.id } } });
      expect(JSON.stringify(row)).not.toContain(code);
      expect(await resetCodeState(limited, new Date())).toMatchObject({ needsCode: true, codeActive: true, maskedEmail: expect.stringContaining("***@") });

      expect(await resetOwnSecondFactor(limited, { password: "wrong", code }, testRequest, new Date())).toEqual({ ok: false, error: "wrong_password" });
      expect(await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: wrong(code) }, testRequest, new Date())).toEqual({ ok: false, error: "wrong_code" });
      // Of parallel submissions of the right code, one resets.
      const results = await Promise.all([1, 2, 3].map(() => resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code }, testRequest, new Date())));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(0);
      expect(await validateSession(limited.sid, new Date())).toBeNull();

      // Nothing left to reset now (R-RESET-4); enrolled again, the used code is still refused when replayed.
      const again = await sessionFor(db().client, account.id, "LIMITED");
      expect(await resetOwnSecondFactor(again, { password: TEST_PASSWORD, code }, testRequest, new Date())).toEqual({ ok: false, error: "not_enrolled" });
      await db().client.account.update({ where: { id: account.id }, data: { secondFactor: "EMAIL" } });
      expect(await resetOwnSecondFactor(again, { password: TEST_PASSWORD, code }, testRequest, new Date())).toEqual({ ok: false, error: "no_code" });
    });

    it("limited session: an expired code is refused, and a code dies after too many wrong guesses", async () => {
      const { account } = await employee({ totp: true });
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      const sentAt = new Date();
      await sendResetCode(limited, testRequest, sentAt);
      const code = await lastCodeTo(account.email);
      const later = new Date(sentAt.getTime() + 31 * MINUTE);
      expect(await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code }, testRequest, later)).toEqual({ ok: false, error: "code_expired" });

      const next = new Date(sentAt.getTime() + 2 * MINUTE);
      expect(await sendResetCode(limited, testRequest, next)).toEqual({ ok: true });
      const fresh = await lastCodeTo(account.email);
      for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) {
        const r = await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: wrong(fresh) }, testRequest, next);
        expect(r.ok).toBe(false);
      }
      expect(await resetCodeState(limited, next)).toMatchObject({ codeActive: false });
      const after = await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: fresh }, testRequest, next);
      expect(after.ok).toBe(false);
      expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(1);
    });
  });

  describe("e-mail address change", () => {
    const newAddress = () => `new-${crypto.randomUUID().slice(0, 8)}@test.example`;

    it("a wrong password sends nothing to the new address", async () => {
      const { full } = await employee();
      const to = newAddress();
      expect(await requestEmailChange(full, { password: "wrong", newEmail: to }, testRequest, new Date())).toEqual({ ok: false, error: "wrong_password" });
      expect(await mailsTo(to)).toHaveLength(0);
      expect(await pendingEmailChange(full, new Date())).toBeNull();
    });

    it("refuses a malformed or unchanged address", async () => {
      const { account, full } = await employee();
      expect(await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: "not an address" }, testRequest, new Date())).toEqual({ ok: false, error: "invalid_email" });
      expect(await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: account.email.toUpperCase() }, testRequest, new Date())).toEqual({ ok: false, error: "same_as_current" });
    });

    it("the code goes to the new address; the right code changes it once and the old address is told", async () => {
      const { account, full } = await employee();
      const to = newAddress();
      expect(await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: to }, testRequest, new Date())).toEqual({ ok: true });
      expect((await pendingEmailChange(full, new Date()))?.newEmail).toBe(to);
      const code = await lastCodeTo(to);
      expect(JSON.stringify(await db().client.mailedCode.findMany({ where: { accountId: account.id } }))).not.toContain(code);

      expect(await confirmEmailChange(full, wrong(code), testRequest, new Date())).toEqual({ ok: false, error: "wrong_code" });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(account.email);
      expect(await confirmEmailChange(full, code, testRequest, new Date())).toEqual({ ok: true, newEmail: to });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(to);
      // Replay: the request is gone.
      expect(await confirmEmailChange(full, code, testRequest, new Date())).toEqual({ ok: false, error: "no_request" });
      const notice = (await mailsTo(account.email)).at(-1)!;
      expect(notice.subject).toContain("メールアドレスが変更されました");
      expect(notice.text).not.toContain(to);
    });

    it("an expired code is refused; a request dies after too many wrong codes", async () => {
      const { account, full } = await employee();
      const start = new Date();
      const to = newAddress();
      await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: to }, testRequest, start);
      const code = await lastCodeTo(to);
      expect(await confirmEmailChange(full, code, testRequest, new Date(start.getTime() + 31 * MINUTE))).toEqual({ ok: false, error: "code_expired" });

      const second = new Date(start.getTime() + 2 * MINUTE);
      const to2 = newAddress();
      expect(await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: to2 }, testRequest, second)).toEqual({ ok: true });
      const code2 = await lastCodeTo(to2);
      // The first request was replaced: its code does nothing for the second.
      if (code !== code2) expect((await confirmEmailChange(full, code, testRequest, second)).ok).toBe(false);
      for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) await confirmEmailChange(full, wrong(code2), testRequest, second);
      expect(await pendingEmailChange(full, second)).toBeNull();
      expect((await confirmEmailChange(full, code2, testRequest, second)).ok).toBe(false);
      expect((await db().client.account.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(account.email);
    });

    it("is refused to a limited session", async () => {
      const { account } = await employee();
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      await expect(requestEmailChange(limited, { password: TEST_PASSWORD, newEmail: newAddress() }, testRequest, new Date())).rejects.toThrow();
      await expect(confirmEmailChange(limited, "123456", testRequest, new Date())).rejects.toThrow();
    });
  });

  describe("what a changed address ends", () => {
    it("sign-ins under way and a pending reset code mailed to the old address are dead after the change", async () => {
      const { account, full } = await employee({ totp: true });
      const limited = await sessionFor(db().client, account.id, "LIMITED");
      expect(await sendResetCode(limited, testRequest, new Date())).toEqual({ ok: true });
      const resetCode = await lastCodeTo(account.email);
      const { flow } = await createFlow(account.id, "second_factor", testRequest, new Date());

      const to = `moved-${crypto.randomUUID().slice(0, 8)}@test.example`;
      await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: to }, testRequest, new Date());
      expect(await confirmEmailChange(full, await lastCodeTo(to), testRequest, new Date())).toEqual({ ok: true, newEmail: to });

      expect(await completeFlow(flow, "FULL", new Date())).toBeNull();
      const reset = await resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: resetCode }, testRequest, new Date());
      expect(reset.ok).toBe(false);
      expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(1);
    });
  });

  describe("additional accounts (追加アカウント)", () => {
    it("derives login IDs <main>-<n>, never reusing a number", () => {
      expect(nextAdditionalLoginId("C001-00042", [])).toBe("C001-00042-1");
      expect(nextAdditionalLoginId("C001-00042", ["C001-00042-1", "C001-00042-3", "C001-000421-9"])).toBe("C001-00042-4");
      expect(nextAdditionalLoginId("C001-00042-1", [])).toBeNull();
    });

    it("a main account creates one: own login ID, initial password shown once and stored hashed, must change it", async () => {
      const { account, full } = await employee();
      const made = await createAdditionalAccount(full, { displayName: " 経理 担当 ", email: "keiri@test.example", password: TEST_PASSWORD }, testRequest, new Date());
      if (!made.ok) throw new Error(made.error);
      expect(made.loginId).toBe(`${account.loginId}-1`);
      const row = await db().client.account.findUniqueOrThrow({ where: { id: made.id } });
      expect(row).toMatchObject({ mainAccountId: account.id, role: "EMPLOYEE", displayName: "経理 担当", email: "keiri@test.example", mustChangePassword: true, disabled: false, isHrStaff: false });
      expect(row.passwordHash).not.toContain(made.initialPassword);
      expect(await verifyPassword(row.passwordHash, made.initialPassword)).toBe(true);
      const second = await createAdditionalAccount(full, { displayName: "二人目", email: "two@test.example", password: TEST_PASSWORD }, testRequest, new Date());
      expect(second.ok && second.loginId).toBe(`${account.loginId}-2`);
      expect((await listAdditionalAccounts(full)).map((a) => a.loginId)).toEqual([`${account.loginId}-1`, `${account.loginId}-2`]);
      const audits = await db().client.auditEvent.findMany({ where: { accountId: account.id, type: "account.created" } });
      expect(audits).toHaveLength(2);
      expect(JSON.stringify(audits)).not.toContain(made.initialPassword);
      expect((await mailsTo("keiri@test.example"))[0]!.text).not.toContain(made.initialPassword);
    });

    it("parallel creations get different numbers", async () => {
      const { full } = await employee();
      const results = await Promise.all([1, 2, 3].map((n) => createAdditionalAccount(full, { displayName: `並行 ${n}`, email: `p${n}@test.example`, password: TEST_PASSWORD }, testRequest, new Date())));
      const ids = results.map((r) => (r.ok ? r.loginId : r.error));
      expect(new Set(ids).size).toBe(3);
    });

    it("asks for the main account's current password: a wrong one creates nothing, sends nothing and is logged", async () => {
      const { account, full } = await employee();
      expect(await createAdditionalAccount(full, { displayName: "経理", email: "k@test.example", password: "not the password" }, testRequest, new Date())).toEqual({
        ok: false,
        error: "wrong_password",
      });
      expect(await createAdditionalAccount(full, { displayName: "経理", email: "k@test.example", password: "" }, testRequest, new Date())).toEqual({ ok: false, error: "wrong_password" });
      expect(await db().client.account.count({ where: { mainAccountId: account.id } })).toBe(0);
      expect(await mailsTo("k@test.example")).toHaveLength(0);
      const failed = await db().client.auditEvent.findMany({ where: { accountId: account.id, type: "password.failed" } });
      expect(failed.map((e) => (e.detail as { purpose: string }).purpose)).toEqual(["additional_account", "additional_account"]);
      expect(JSON.stringify(failed)).not.toContain("not the password");
      // The form's own rules come first and cost no attempt.
      expect(await createAdditionalAccount(full, { displayName: " ", email: "k@test.example", password: "wrong" }, testRequest, new Date())).toEqual({ ok: false, error: "invalid_name" });
      expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "password.failed" } })).toBe(2);
    });

    it("the main account's password change or second-factor reset ends its additional accounts' sessions, sign-ins and skips; the accounts stay", async () => {
      const { full } = await employee();
      const made = await createAdditionalAccount(full, { displayName: "追加", email: "add@test.example", password: TEST_PASSWORD }, testRequest, new Date());
      if (!made.ok) throw new Error(made.error);
      const openAll = async () => {
        const session = await sessionFor(db().client, made.id, "FULL");
        const flow = await createFlow(made.id, "second_factor", testRequest, new Date());
        await rememberBrowser({ id: made.id, role: "EMPLOYEE" }, testRequest, new Date());
        return { session, flow };
      };
      const live = async () => ({
        sessions: await db().client.authSession.count({ where: { accountId: made.id, revokedAt: null } }),
        flows: await db().client.loginFlow.count({ where: { accountId: made.id } }),
        skips: await db().client.rememberedBrowser.count({ where: { accountId: made.id, revokedAt: null } }),
      });

      let opened = await openAll();
      expect(await changeOwnPassword(full, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, testRequest, new Date())).toEqual({ ok: true });
      expect(await validateSession(opened.session.sid, new Date())).toBeNull();
      expect(await live()).toEqual({ sessions: 0, flows: 0, skips: 0 });
      const row = await db().client.account.findUniqueOrThrow({ where: { id: made.id } });
      expect(row.disabled).toBe(false);
      expect(await verifyPassword(row.passwordHash, made.initialPassword)).toBe(true);

      // The office's 2要素認証初期化 and the user's own go through resetSecondFactor.
      opened = await openAll();
      await resetSecondFactor(full.accountId, { keepSid: full.sid }, new Date());
      expect(await validateSession(opened.session.sid, new Date())).toBeNull();
      expect(await live()).toEqual({ sessions: 0, flows: 0, skips: 0 });

      // A stranger's change leaves them alone.
      opened = await openAll();
      const stranger = await employee();
      await changeOwnPassword(stranger.full, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, testRequest, new Date());
      expect(await live()).toEqual({ sessions: 1, flows: 1, skips: 1 });
    });

    it("refuses bad input", async () => {
      const { full } = await employee();
      expect(await createAdditionalAccount(full, { displayName: "  ", email: "x@test.example", password: TEST_PASSWORD }, testRequest, new Date())).toEqual({ ok: false, error: "invalid_name" });
      expect(await createAdditionalAccount(full, { displayName: "名前", email: "nope", password: TEST_PASSWORD }, testRequest, new Date())).toEqual({ ok: false, error: "invalid_email" });
    });

    it("additional accounts, sharoushi accounts and limited sessions cannot manage additional accounts", async () => {
      const { full } = await employee();
      const made = await createAdditionalAccount(full, { displayName: "追加", email: "a@test.example", password: TEST_PASSWORD }, testRequest, new Date());
      if (!made.ok) throw new Error(made.error);
      const additionalSession = await sessionFor(db().client, made.id, "FULL");
      await expect(createAdditionalAccount(additionalSession, { displayName: "孫", email: "b@test.example", password: TEST_PASSWORD }, testRequest, new Date())).rejects.toThrow(AdditionalAccountsNotAllowed);
      expect(await mayManageAdditionalAccounts(additionalSession)).toBe(false);

      const { account: sharoushi } = await createTestAccount(db().client, { role: "SHAROUSHI" });
      const sharoushiSession = await sessionFor(db().client, sharoushi.id, "FULL");
      await expect(listAdditionalAccounts(sharoushiSession)).rejects.toThrow(AdditionalAccountsNotAllowed);

      const limited = await sessionFor(db().client, full.accountId, "LIMITED");
      await expect(listAdditionalAccounts(limited)).rejects.toThrow(AdditionalAccountsNotAllowed);
      expect(await mayManageAdditionalAccounts(full)).toBe(true);
    });

    it("another main account's additional account ID is refused for rename and disable, and nothing changes", async () => {
      const owner = await employee();
      const stranger = await employee();
      const made = await createAdditionalAccount(owner.full, { displayName: "本物", email: "real@test.example", password: TEST_PASSWORD }, testRequest, new Date());
      if (!made.ok) throw new Error(made.error);
      const theirs = await sessionFor(db().client, made.id, "FULL");
      expect(await renameAdditionalAccount(stranger.full, made.id, "乗っ取り", testRequest)).toEqual({ ok: false, error: "not_found" });
      expect(await disableAdditionalAccount(stranger.full, made.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      // Nor may a main account rename or disable itself or another main account through these.
      expect(await disableAdditionalAccount(owner.full, stranger.account.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect(await disableAdditionalAccount(owner.full, owner.account.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      const row = await db().client.account.findUniqueOrThrow({ where: { id: made.id } });
      expect(row).toMatchObject({ displayName: "本物", disabled: false });
      expect(await validateSession(theirs.sid, new Date())).not.toBeNull();
      expect(await listAdditionalAccounts(stranger.full)).toEqual([]);
    });

    it("renames and disables its own: the disabled account's sessions and skips end", async () => {
      const { account, full } = await employee();
      const made = await createAdditionalAccount(full, { displayName: "旧名", email: "old@test.example", password: TEST_PASSWORD }, testRequest, new Date());
      if (!made.ok) throw new Error(made.error);
      expect(await renameAdditionalAccount(full, made.id, "新名", testRequest)).toEqual({ ok: true });
      expect(await renameAdditionalAccount(full, made.id, "", testRequest)).toEqual({ ok: false, error: "invalid_name" });
      expect((await db().client.account.findUniqueOrThrow({ where: { id: made.id } })).displayName).toBe("新名");

      const theirs = await sessionFor(db().client, made.id, "FULL");
      await rememberBrowser({ id: made.id, role: "EMPLOYEE" }, testRequest, new Date());
      expect(await disableAdditionalAccount(full, made.id, testRequest, new Date())).toEqual({ ok: true });
      expect(await disableAdditionalAccount(full, made.id, testRequest, new Date())).toEqual({ ok: true });
      expect(await validateSession(theirs.sid, new Date())).toBeNull();
      expect(await db().client.authSession.count({ where: { accountId: made.id, revokedAt: null } })).toBe(0);
      expect(await db().client.rememberedBrowser.count({ where: { accountId: made.id, revokedAt: null } })).toBe(0);
      expect((await db().client.account.findUniqueOrThrow({ where: { id: made.id } })).disabled).toBe(true);
      // The main account is untouched.
      expect(await validateSession(full.sid, new Date())).not.toBeNull();
      const types = (await db().client.auditEvent.findMany({ where: { accountId: account.id } })).map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(["account.created", "account.updated", "account.disabled"]));
      expect(types.filter((t) => t === "account.disabled")).toHaveLength(1);
    });
  });
});
