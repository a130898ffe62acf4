// 事務所スタッフ: an office administrator creates, disables and resets the office's
// other sharoushi accounts; a non-administrator is refused; another office's staff
// reads as unknown; an administrator cannot disable or reset themself.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/account/invitation";
import { validateSession } from "@/lib/auth/session-store";
import { OfficeAccessError } from "@/lib/office/access";
import { createStaff, listStaff, resetStaff, setStaffDisabled } from "@/lib/office/staff-admin";
import { testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

describe(`office staff management (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let ourOffice: string;
  let theirOffice: string;

  beforeAll(async () => {
    ourOffice = (await createOffice(db().client)).id;
    theirOffice = (await createOffice(db().client)).id;
  });

  const admin = async () => {
    const a = await createSharoushi(db().client, ourOffice);
    await db().client.account.update({ where: { id: a.id }, data: { isOfficeAdmin: true } });
    return sessionFor(db().client, a.id, "FULL");
  };
  const lastCode = async (to: string) => /\b(\d{6})\b/.exec((await db().client.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } })).text)![1]!;

  it("creates a staff account with an A… login ID and an invitation that sets its password", async () => {
    const s = await admin();
    const now = new Date();
    const made = await createStaff(s, { name: "新人 スタッフ", email: "new.staff@office.example.jp" }, testRequest, now);
    expect(made.loginId).toMatch(/^A\d{7}$/);
    expect(made.invitation.ok).toBe(true);
    expect((await listStaff(s)).find((m) => m.id === made.id)).toMatchObject({ awaitingInvitation: true, disabled: false, isOfficeAdmin: false });
    const code = await lastCode("new.staff@office.example.jp");
    expect(await acceptInvitation({ loginId: made.loginId, code, password: "a staff member's passphrase" }, testRequest, now)).toEqual({ ok: true, loginId: made.loginId });
  });

  it("disables and re-enables, resets (password and second factor), never itself", async () => {
    const s = await admin();
    const other = await createSharoushi(db().client, ourOffice);
    await db().client.totpCredential.create({ data: { accountId: other.id, secretEnc: "sealed", confirmedAt: new Date() } });
    const live = await sessionFor(db().client, other.id, "FULL");
    expect(await setStaffDisabled(s, other.id, true, testRequest, new Date())).toEqual({ ok: true });
    expect(await validateSession(live.sid, new Date())).toBeNull();
    expect(await setStaffDisabled(s, other.id, false, testRequest, new Date())).toEqual({ ok: true });
    const reset = await resetStaff(s, other.id, testRequest, new Date());
    expect(reset).toMatchObject({ ok: true, invitation: { ok: true } });
    const row = await db().client.account.findUniqueOrThrow({ where: { id: other.id }, include: { totp: true } });
    expect(row).toMatchObject({ awaitingInvitation: true, disabled: false, totp: null });
    expect(await setStaffDisabled(s, s.accountId, true, testRequest, new Date())).toEqual({ ok: false, error: "self" });
    expect(await resetStaff(s, s.accountId, testRequest, new Date())).toEqual({ ok: false, error: "self" });
    expect((await db().client.account.findUniqueOrThrow({ where: { id: s.accountId } })).disabled).toBe(false);
  });

  it("another office's staff reads as unknown for every action; a non-administrator is refused", async () => {
    const s = await admin();
    const foreign = await createSharoushi(db().client, theirOffice);
    expect(await setStaffDisabled(s, foreign.id, true, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
    expect(await setStaffDisabled(s, foreign.id, false, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
    expect(await resetStaff(s, foreign.id, testRequest, new Date())).toEqual({ ok: false, error: "not_found" });
    expect((await listStaff(s)).map((m) => m.id)).not.toContain(foreign.id);
    expect(await db().client.account.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ disabled: false, awaitingInvitation: false });

    const plain = await sessionFor(db().client, (await createSharoushi(db().client, ourOffice)).id, "FULL");
    await expect(listStaff(plain)).rejects.toBeInstanceOf(OfficeAccessError);
    await expect(createStaff(plain, { name: "x", email: "x@example.jp" }, testRequest, new Date())).rejects.toBeInstanceOf(OfficeAccessError);
    await expect(setStaffDisabled(plain, s.accountId, true, testRequest, new Date())).rejects.toBeInstanceOf(OfficeAccessError);
    await expect(resetStaff(plain, s.accountId, testRequest, new Date())).rejects.toBeInstanceOf(OfficeAccessError);
    const limitedAdmin = await sessionFor(db().client, s.accountId, "LIMITED");
    await expect(listStaff(limitedAdmin)).rejects.toBeInstanceOf(OfficeAccessError);
  });
});
