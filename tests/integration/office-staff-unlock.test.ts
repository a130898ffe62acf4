// 事務所スタッフのロック解除: an office administrator unlocks a locked sharoushi
// account of the same office; a staff member without the permission, another
// office's administrator, an employee and a limited session cannot.
import { beforeAll, describe, expect, it } from "vitest";
import { testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";
import { isLocked, recordFailure } from "@/lib/auth/throttle";
import { MAX_CONSECUTIVE_FAILURES } from "@/lib/auth/policy";
import { isOfficeAdmin, listLockedStaff, unlockStaff } from "@/lib/office/staff";

describe(`office: unlocking office staff (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let ours: string;
  let theirs: string;

  beforeAll(async () => {
    ours = (await createOffice(db().client)).id;
    theirs = (await createOffice(db().client)).id;
  });

  async function admin(officeId: string, mode: "FULL" | "LIMITED" = "FULL") {
    const account = await createSharoushi(db().client, officeId);
    await db().client.account.update({ where: { id: account.id }, data: { isOfficeAdmin: true } });
    return sessionFor(db().client, account.id, mode);
  }
  /** A staff member locked for good: the second factor's hard limit. */
  async function lockedStaff(officeId = ours) {
    const staff = await createSharoushi(db().client, officeId);
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES; i++) await recordFailure(staff.id, "second_factor", new Date());
    for (let i = 0; i < 6; i++) await recordFailure(staff.id, "password:other", new Date());
    return staff;
  }

  it("an administrator sees and unlocks a locked staff account of the office; audited and mailed", async () => {
    const actor = await admin(ours);
    const staff = await lockedStaff();
    expect(await isOfficeAdmin(actor)).toBe(true);
    expect((await listLockedStaff(actor, new Date())).map((s) => s.id)).toContain(staff.id);

    expect(await unlockStaff(actor, staff.id, testRequest, new Date())).toEqual({ ok: true, notified: true });
    expect(await isLocked(staff.id, "second_factor", new Date())).toBe(false);
    expect(await isLocked(staff.id, "password:other", new Date())).toBe(false);
    expect((await listLockedStaff(actor, new Date())).map((s) => s.id)).not.toContain(staff.id);
    const event = await db().client.auditEvent.findFirstOrThrow({ where: { accountId: staff.id, type: "account.unlocked" } });
    expect(event.detail).toMatchObject({ by: "office_admin", actorAccountId: actor.accountId });
    expect(await db().client.devMail.count({ where: { to: staff.email } })).toBe(1);
    expect(await unlockStaff(actor, staff.id, testRequest, new Date())).toEqual({ ok: false, error: "not_locked" });
  });

  it("is refused to staff without the permission, another office's administrator, employees and limited sessions", async () => {
    const staff = await lockedStaff();
    const company = await createCompany(db().client, ours, { ATTENDANCE: true });
    const actors = [
      await sessionFor(db().client, (await createSharoushi(db().client, ours)).id, "FULL"),
      await admin(theirs),
      await sessionFor(db().client, (await createEmployee(db().client, company)).id, "FULL"),
      await admin(ours, "LIMITED"),
    ];
    const results = [];
    for (const actor of actors) results.push(await unlockStaff(actor, staff.id, testRequest, new Date()));
    expect(results).toEqual([
      { ok: false, error: "forbidden" },
      { ok: false, error: "not_found" },
      { ok: false, error: "forbidden" },
      { ok: false, error: "forbidden" },
    ]);
    expect(await isLocked(staff.id, "second_factor", new Date())).toBe(true);
    expect(await listLockedStaff(actors[0]!, new Date())).toEqual([]);
    expect(await listLockedStaff(actors[1]!, new Date())).not.toContainEqual(expect.objectContaining({ id: staff.id }));
  });

  it("reaches staff accounts only: an employee of a client company is not a staff target", async () => {
    const actor = await admin(ours);
    const company = await createCompany(db().client, ours, { ATTENDANCE: true });
    const employee = await createEmployee(db().client, company);
    for (let i = 0; i < 6; i++) await recordFailure(employee.id, "password:other", new Date());
    expect(await unlockStaff(actor, employee.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
  });

  it("a permission taken away takes effect at once", async () => {
    const actor = await admin(ours);
    const staff = await lockedStaff();
    await db().client.account.update({ where: { id: actor.accountId }, data: { isOfficeAdmin: false } });
    expect(await unlockStaff(actor, staff.id, testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });
  });
});
