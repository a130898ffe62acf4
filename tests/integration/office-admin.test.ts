// 従業員アカウント管理: a sharoushi account of an office resets an employee's second
// factor, unlocks a locked account and changes the e-mail address — for its own
// client companies' employees only, from a full session only; every change is
// audit-logged (employee as subject, sharoushi as actor) and e-mailed.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { maskEmail } from "@/lib/auth/email-code";
import { createFlow } from "@/lib/auth/flow-store";
import { validateSession } from "@/lib/auth/session-store";
import { isLocked, recordFailure } from "@/lib/auth/throttle";
import { MAX_CONSECUTIVE_FAILURES } from "@/lib/auth/policy";
import { changeEmployeeEmail, resetEmployeeSecondFactor, unlockEmployee } from "@/lib/office/account-changes";
import { OfficeAccessError } from "@/lib/office/access";
import { getEmployeeDetail, listEmployees, listOfficeCompanies } from "@/lib/office/employees";
import { testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

describe(`office: employee accounts (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let ours: { officeId: string; companyIds: string[] };
  let theirs: { officeId: string; companyId: string };

  beforeAll(async () => {
    const client = db().client;
    const office = await createOffice(client);
    const a = await createCompany(client, office.id, { ATTENDANCE: true });
    const b = await createCompany(client, office.id, { PAYSLIPS: true });
    const other = await createOffice(client);
    const c = await createCompany(client, other.id, { ATTENDANCE: true });
    ours = { officeId: office.id, companyIds: [a.id, b.id] };
    theirs = { officeId: other.id, companyId: c.id };
  });

  const company = (id: string) => db().client.company.findUniqueOrThrow({ where: { id } });
  const sharoushiSession = async (officeId = ours.officeId, mode: "FULL" | "LIMITED" = "FULL") =>
    sessionFor(db().client, (await createSharoushi(db().client, officeId)).id, mode);
  const ownEmployee = async (companyIndex = 0) => createEmployee(db().client, await company(ours.companyIds[companyIndex]!));
  const foreignEmployee = async () => createEmployee(db().client, await company(theirs.companyId));
  const mailsTo = (to: string) => db().client.devMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
  const auditsOf = (accountId: string, type: string) => db().client.auditEvent.findMany({ where: { accountId, type } });

  /** An employee with everything a reset ends: Authenticator, recovery codes, a skip, a session. */
  async function enrolledEmployee() {
    const client = db().client;
    const employee = await ownEmployee();
    await client.account.update({ where: { id: employee.id }, data: { secondFactor: "TOTP" } });
    await client.totpCredential.create({ data: { accountId: employee.id, secretEnc: "sealed-elsewhere", confirmedAt: new Date() } });
    await client.recoveryCode.create({ data: { accountId: employee.id, codeHash: randomBytes(16).toString("hex") } });
    await client.rememberedBrowser.create({
      data: { accountId: employee.id, tokenHash: randomBytes(32).toString("hex"), expiresAt: new Date(Date.now() + 86_400_000), label: "Chrome / Android" },
    });
    const session = await sessionFor(client, employee.id, "FULL");
    return { employee, session };
  }

  describe("the list", () => {
    it("shows only the employees of the office's own client companies, with their status", async () => {
      const actor = await sharoushiSession();
      const { employee: enrolled } = await enrolledEmployee();
      const plain = await ownEmployee(1);
      const foreign = await foreignEmployee();
      for (let i = 0; i < 5; i++) await recordFailure(plain.id, "password:other", new Date());

      expect((await listOfficeCompanies(actor)).map((c) => c.id).sort()).toEqual([...ours.companyIds].sort());
      const { groups } = await listEmployees(actor, {}, new Date());
      expect(groups.map((g) => g.company.id).sort()).toEqual([...ours.companyIds].sort());
      const all = groups.flatMap((g) => g.employees);
      expect(all.map((e) => e.id)).not.toContain(foreign.id);
      expect(all.find((e) => e.id === enrolled.id)).toMatchObject({ factor: "TOTP", locked: false, rememberedBrowsers: 1, email: enrolled.email });
      expect(all.find((e) => e.id === plain.id)).toMatchObject({ factor: "NONE", locked: true, rememberedBrowsers: 0 });
      expect(Object.keys(all[0]!).sort()).toEqual(["additional", "disabled", "displayName", "email", "factor", "id", "locked", "loginId", "rememberedBrowsers"]);
    });

    it("searches by login ID (as typed on a phone) or name, and filters by company", async () => {
      const actor = await sharoushiSession();
      const target = await ownEmployee(1);
      const fullWidthLower = target.loginId.toLowerCase().replace(/[0-9a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
      const byId = await listEmployees(actor, { q: fullWidthLower }, new Date());
      expect(byId.groups.flatMap((g) => g.employees).map((e) => e.id)).toEqual([target.id]);
      const byName = await listEmployees(actor, { q: target.displayName }, new Date());
      expect(byName.groups.flatMap((g) => g.employees).map((e) => e.id)).toEqual([target.id]);
      const firstCompanyOnly = await listEmployees(actor, { companyId: ours.companyIds[0] }, new Date());
      expect(firstCompanyOnly.groups.map((g) => g.company.id)).toEqual([ours.companyIds[0]]);
      // Another office's company as a filter shows nothing of it.
      const foreignFilter = await listEmployees(actor, { companyId: theirs.companyId }, new Date());
      expect(foreignFilter.groups).toEqual([]);
      const foreign = await foreignEmployee();
      expect((await listEmployees(actor, { q: foreign.loginId }, new Date())).groups).toEqual([]);
    });

    // Without a session nothing reaches the data layer: it takes a Session, never null (the action client and the pages ask first).
    it("is refused to employees (even in full mode), limited sessions and sessions without office", async () => {
      const employee = await ownEmployee();
      const employeeFull = await sessionFor(db().client, employee.id, "FULL");
      const limited = await sharoushiSession(ours.officeId, "LIMITED");
      for (const s of [employeeFull, limited]) {
        await expect(listEmployees(s, {}, new Date())).rejects.toBeInstanceOf(OfficeAccessError);
        await expect(listOfficeCompanies(s)).rejects.toBeInstanceOf(OfficeAccessError);
        await expect(getEmployeeDetail(s, employee.id, new Date())).rejects.toBeInstanceOf(OfficeAccessError);
      }
    });

    it("the detail of another office's employee, or of a sharoushi, reads as not found", async () => {
      const actor = await sharoushiSession();
      expect(await getEmployeeDetail(actor, (await foreignEmployee()).id, new Date())).toBeNull();
      expect(await getEmployeeDetail(actor, actor.accountId, new Date())).toBeNull();
      expect(await getEmployeeDetail(actor, "x".repeat(500), new Date())).toBeNull();
      const own = await ownEmployee();
      expect(await getEmployeeDetail(actor, own.id, new Date())).toMatchObject({ id: own.id, loginId: own.loginId, locked: false, activeSessions: 0 });
    });
  });

  describe("2要素認証初期化", () => {
    it("ends the Authenticator, recovery codes, skips, sessions and sign-ins in progress; audited and mailed", async () => {
      const client = db().client;
      const actor = await sharoushiSession();
      const { employee, session } = await enrolledEmployee();
      await createFlow(employee.id, "second_factor", testRequest, new Date(), { mode: "FULL" });

      expect(await resetEmployeeSecondFactor(actor, employee.id, testRequest, new Date())).toEqual({ ok: true, notified: true });

      expect(await client.totpCredential.count({ where: { accountId: employee.id } })).toBe(0);
      expect(await client.recoveryCode.count({ where: { accountId: employee.id } })).toBe(0);
      expect((await client.account.findUniqueOrThrow({ where: { id: employee.id } })).secondFactor).toBeNull();
      expect(await client.rememberedBrowser.count({ where: { accountId: employee.id, revokedAt: null } })).toBe(0);
      expect(await validateSession(session.sid, new Date())).toBeNull();
      expect(await client.loginFlow.count({ where: { accountId: employee.id } })).toBe(0);
      // The sharoushi's own session is untouched.
      expect(await validateSession(actor.sid, new Date())).not.toBeNull();

      const [event] = await auditsOf(employee.id, "two_factor.reset");
      expect(event).toMatchObject({ loginId: employee.loginId, ip: testRequest.ip });
      expect(event!.detail).toEqual({ by: "office", actorAccountId: actor.accountId, actorLoginId: actor.loginId, notified: true });
      const mails = await mailsTo(employee.email);
      expect(mails.map((m) => m.subject)).toEqual(["【Tobira】2要素認証が初期化されました"]);
      expect(mails[0]!.text).toContain(employee.loginId);
    });

    it("is refused for another office's employee, for employees and for limited sessions; nothing changes", async () => {
      const client = db().client;
      const foreignActor = await sharoushiSession(theirs.officeId);
      const { employee, session } = await enrolledEmployee();
      const colleague = await sessionFor(client, (await ownEmployee()).id, "FULL");
      const limited = await sharoushiSession(ours.officeId, "LIMITED");

      expect(await resetEmployeeSecondFactor(foreignActor, employee.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
      expect(await resetEmployeeSecondFactor(colleague, employee.id, testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });
      expect(await resetEmployeeSecondFactor(limited, employee.id, testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });
      // An employee cannot reset even their own second factor through the office's door.
      expect(await resetEmployeeSecondFactor(session, employee.id, testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });

      expect(await client.totpCredential.count({ where: { accountId: employee.id } })).toBe(1);
      expect(await client.recoveryCode.count({ where: { accountId: employee.id } })).toBe(1);
      expect(await validateSession(session.sid, new Date())).not.toBeNull();
      expect(await auditsOf(employee.id, "two_factor.reset")).toEqual([]);
      expect(await mailsTo(employee.email)).toEqual([]);
      const refused = await client.auditEvent.findMany({ where: { type: "office.refused", accountId: foreignActor.accountId } });
      expect(refused.map((r) => r.detail)).toEqual([{ action: "reset_second_factor", target: employee.id, reason: "not_found" }]);
    });
  });

  describe("ロック解除", () => {
    it("clears every failure bucket, so the password step goes through again; audited and mailed", async () => {
      const client = db().client;
      const actor = await sharoushiSession();
      const employee = await ownEmployee();
      for (let i = 0; i < 6; i++) await recordFailure(employee.id, "password:other", new Date());
      // The hard limit is the second factor's alone (a password bucket ends in a capped delay).
      for (let i = 0; i < MAX_CONSECUTIVE_FAILURES; i++) await recordFailure(employee.id, "second_factor", new Date());
      expect(await isLocked(employee.id, "password:other", new Date())).toBe(true);
      expect(await isLocked(employee.id, "second_factor", new Date())).toBe(true);
      const detail = await getEmployeeDetail(actor, employee.id, new Date());
      expect(detail).toMatchObject({ locked: true, lockedUntil: null }); // the hard limit: until unlocked

      expect(await unlockEmployee(actor, employee.id, testRequest, new Date())).toEqual({ ok: true, notified: true });

      expect(await isLocked(employee.id, "password:other", new Date())).toBe(false);
      expect(await isLocked(employee.id, "second_factor", new Date())).toBe(false);
      expect(await client.authThrottle.count({ where: { accountId: employee.id } })).toBe(0);
      // Counting starts again from zero: four more failures do not lock.
      for (let i = 0; i < 4; i++) await recordFailure(employee.id, "password:other", new Date());
      expect(await isLocked(employee.id, "password:other", new Date())).toBe(false);

      const [event] = await auditsOf(employee.id, "account.unlocked");
      expect(event!.detail).toMatchObject({ by: "office", actorAccountId: actor.accountId, actorLoginId: actor.loginId, notified: true });
      expect((event!.detail as Prisma.JsonObject).buckets).toEqual(expect.arrayContaining(["password:other", "second_factor"]));
      expect((await mailsTo(employee.email)).map((m) => m.subject)).toEqual(["【Tobira】アカウントのロックが解除されました"]);
      expect(await unlockEmployee(actor, employee.id, testRequest, new Date())).toEqual({ ok: false, error: "not_locked" });
    });

    it("is refused for another office's employee, for employees and for limited sessions", async () => {
      const client = db().client;
      const employee = await ownEmployee();
      for (let i = 0; i < 5; i++) await recordFailure(employee.id, "password:other", new Date());
      const actors = [
        await sharoushiSession(theirs.officeId),
        await sessionFor(client, (await ownEmployee()).id, "FULL"),
        await sharoushiSession(ours.officeId, "LIMITED"),
      ];
      const results = [];
      for (const actor of actors) results.push(await unlockEmployee(actor, employee.id, testRequest, new Date()));
      expect(results).toEqual([
        { ok: false, error: "not_found" },
        { ok: false, error: "forbidden" },
        { ok: false, error: "forbidden" },
      ]);
      expect(await isLocked(employee.id, "password:other", new Date())).toBe(true);
      expect(await mailsTo(employee.email)).toEqual([]);
    });
  });

  describe("メールアドレス変更", () => {
    it("changes where codes go, tells the old and the new address, and ends sign-ins in progress", async () => {
      const client = db().client;
      const actor = await sharoushiSession();
      const employee = await ownEmployee();
      await createFlow(employee.id, "second_factor", testRequest, new Date(), { mode: "FULL" });
      const newEmail = `new-${randomBytes(3).toString("hex")}@example.jp`;

      // Typed on a phone: full-width and spaces.
      const typed = ` ${newEmail.replace(/[a-z0-9@.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))} `;
      expect(await changeEmployeeEmail(actor, employee.id, typed, testRequest, new Date())).toEqual({ ok: true, notified: true });

      expect((await client.account.findUniqueOrThrow({ where: { id: employee.id } })).email).toBe(newEmail);
      expect(await client.loginFlow.count({ where: { accountId: employee.id } })).toBe(0);
      const toOld = await mailsTo(employee.email);
      expect(toOld.map((m) => m.subject)).toEqual(["【Tobira】ワンタイムパスワードが届くアドレスが変更されました"]);
      expect(toOld[0]!.text).toContain(maskEmail(newEmail));
      expect(toOld[0]!.text).not.toContain(newEmail);
      expect((await mailsTo(newEmail)).map((m) => m.subject)).toEqual(["【Tobira】メールアドレスが登録されました"]);

      const [event] = await auditsOf(employee.id, "email.changed");
      expect(event!.detail).toEqual({
        by: "office", actorAccountId: actor.accountId, actorLoginId: actor.loginId,
        from: maskEmail(employee.email), to: maskEmail(newEmail), notifiedOld: true, notifiedNew: true,
      });
      expect((await getEmployeeDetail(actor, employee.id, new Date()))!.email).toBe(newEmail);
    });

    it("refuses a malformed or unchanged address, changing nothing", async () => {
      const client = db().client;
      const actor = await sharoushiSession();
      const employee = await ownEmployee();
      for (const bad of ["", "not-an-address", "a@b", "x".repeat(250) + "@example.jp", 42, null]) {
        expect(await changeEmployeeEmail(actor, employee.id, bad, testRequest, new Date())).toEqual({ ok: false, error: "invalid_email" });
      }
      expect(await changeEmployeeEmail(actor, employee.id, employee.email.toUpperCase(), testRequest, new Date())).toEqual({ ok: false, error: "same_email" });
      expect((await client.account.findUniqueOrThrow({ where: { id: employee.id } })).email).toBe(employee.email);
      expect(await mailsTo(employee.email)).toEqual([]);
      expect(await auditsOf(employee.id, "email.changed")).toEqual([]);
    });

    it("is refused for another office's employee, for employees and for limited sessions", async () => {
      const client = db().client;
      const employee = await ownEmployee();
      const attacker = `attacker-${randomBytes(3).toString("hex")}@example.jp`;
      const actors = [
        await sharoushiSession(theirs.officeId),
        await sessionFor(client, employee.id, "FULL"),
        await sharoushiSession(ours.officeId, "LIMITED"),
      ];
      const results = [];
      for (const actor of actors) results.push(await changeEmployeeEmail(actor, employee.id, attacker, testRequest, new Date()));
      expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual(["not_found", "forbidden", "forbidden"]);
      expect((await client.account.findUniqueOrThrow({ where: { id: employee.id } })).email).toBe(employee.email);
      expect(await mailsTo(attacker)).toEqual([]);
    });

    // Two staff members at once. Both may read the old address before either writes: then one
    // wins and the other gets "conflict". Or one finishes before the other reads: then both
    // apply, one after the other. Either way no two changes start from the same address, so
    // the old address is told once (two changes from it would tell it twice).
    it("two parallel changes: never both from the same address, and the old address is told once", async () => {
      const client = db().client;
      const actor = await sharoushiSession();
      const employee = await ownEmployee();
      const results = await Promise.all(
        ["one", "two"].map((n) => changeEmployeeEmail(actor, employee.id, `${n}-${employee.loginId.toLowerCase()}@example.jp`, testRequest, new Date())),
      );
      const applied = results.filter((r) => r.ok);
      expect(applied.length).toBeGreaterThanOrEqual(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "conflict")).toBe(true);
      expect(await mailsTo(employee.email)).toHaveLength(1);
      const audits = await auditsOf(employee.id, "email.changed");
      expect(audits).toHaveLength(applied.length);
      expect((await client.account.findUniqueOrThrow({ where: { id: employee.id } })).email).toMatch(/^(one|two)-/);
    });
  });
});
