// A changed e-mail address ends what rested on the old one: every remembered
// browser (90-day skip) and the other sessions — for the user's own change the
// session making it stays; for the office's change every session of the
// employee ends. Both addresses are told; the old one sees the new one masked.
import { describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";
import { confirmEmailChange, requestEmailChange } from "@/lib/account/email-change";
import { maskEmail } from "@/lib/auth/email-code";
import { rememberBrowser } from "@/lib/auth/remembered-browser";
import { validateSession } from "@/lib/auth/session-store";
import { changeEmployeeEmail } from "@/lib/office/account-changes";

describe(`e-mail change ends skips and sessions (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const liveSkips = (accountId: string) => db().client.rememberedBrowser.count({ where: { accountId, revokedAt: null } });
  const mailsTo = (to: string) => db().client.devMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  async function lastCodeTo(address: string): Promise<string> {
    const mail = await db().client.devMail.findFirstOrThrow({ where: { to: address }, orderBy: { createdAt: "desc" } });
    return /^(\d{6})$/m.exec(mail.text)![1]!;
  }

  it("the user's own change: the current session stays, the other sessions and every skip end; both addresses told", async () => {
    const { account } = await createTestAccount(db().client);
    const here = await sessionFor(db().client, account.id, "FULL");
    const elsewhere = await sessionFor(db().client, account.id, "LIMITED");
    for (let i = 0; i < 2; i++) await rememberBrowser({ id: account.id, role: "EMPLOYEE" }, testRequest, new Date());
    expect(await liveSkips(account.id)).toBe(2);

    const newEmail = `moved-${account.id}@test.example`;
    expect(await requestEmailChange(here, { password: TEST_PASSWORD, newEmail }, testRequest, new Date())).toEqual({ ok: true });
    expect(await confirmEmailChange(here, await lastCodeTo(newEmail), testRequest, new Date())).toEqual({ ok: true, newEmail });

    expect(await validateSession(here.sid, new Date())).not.toBeNull();
    expect(await validateSession(elsewhere.sid, new Date())).toBeNull();
    expect(await liveSkips(account.id)).toBe(0);
    const [toOld] = await mailsTo(account.email);
    expect(toOld!.text).toContain(maskEmail(newEmail));
    expect(toOld!.text).not.toContain(newEmail);
    const toNew = await mailsTo(newEmail);
    expect(toNew).toHaveLength(2); // the code, then the notice
    expect(toNew.at(-1)!.subject).toBe("【Tobira】メールアドレスが登録されました");
  });

  it("the office's change: every session of the employee and every skip end; both addresses told", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: true });
    const employee = await createEmployee(db().client, company);
    const actor = await sessionFor(db().client, (await createSharoushi(db().client, office.id)).id, "FULL");
    const sessions = [await sessionFor(db().client, employee.id, "FULL"), await sessionFor(db().client, employee.id, "LIMITED")];
    await rememberBrowser({ id: employee.id, role: "EMPLOYEE" }, testRequest, new Date());

    const newEmail = `office-moved-${employee.id}@test.example`;
    expect(await changeEmployeeEmail(actor, employee.id, newEmail, testRequest, new Date())).toEqual({ ok: true, notified: true });

    for (const s of sessions) expect(await validateSession(s.sid, new Date())).toBeNull();
    expect(await liveSkips(employee.id)).toBe(0);
    expect(await validateSession(actor.sid, new Date())).not.toBeNull();
    expect(await mailsTo(employee.email)).toHaveLength(1);
    expect(await mailsTo(newEmail)).toHaveLength(1);
  });
});
