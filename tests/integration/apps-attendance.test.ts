// 打刻: one punch per submission (idempotency key), no second punch of the same
// kind within a minute, today's punches of the caller only (Japan-time day),
// and only for employees of a company that uses ATTENDANCE.
import { beforeAll, describe, expect, it } from "vitest";
import { punch, todaysPunches } from "@/lib/attendance/punches";
import { AppAccessError } from "@/lib/licences/queries";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

describe(`attendance punches (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let officeId: string;
  let company: { id: string; code: string };

  beforeAll(async () => {
    officeId = (await createOffice(db().client)).id;
    company = await createCompany(db().client, officeId, { ATTENDANCE: true, PAYSLIPS: true });
  });

  async function employeeSession(mode: "LIMITED" | "FULL" = "LIMITED") {
    const account = await createEmployee(db().client, company);
    return sessionFor(db().client, account.id, mode);
  }

  const count = (accountId: string) => db().client.punch.count({ where: { accountId } });

  it("stores a punch at server time in the limited mode", async () => {
    const session = await employeeSession("LIMITED");
    const before = Date.now();
    const result = await punch(session, "IN", crypto.randomUUID(), new Date());
    expect(result.status).toBe("created");
    expect(result.punch.kind).toBe("IN");
    expect(result.punch.at.getTime()).toBeGreaterThanOrEqual(before);
    expect(result.punch.at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(Object.keys(result.punch).sort()).toEqual(["at", "id", "kind"]);
    expect(await count(session.accountId)).toBe(1);
  });

  it("a double tap with the same key stores one punch and returns it twice", async () => {
    const session = await employeeSession();
    const key = crypto.randomUUID();
    const first = await punch(session, "IN", key, new Date());
    const second = await punch(session, "IN", key, new Date());
    expect(first.status).toBe("created");
    expect(second.status).toBe("duplicate");
    expect(second.punch.id).toBe(first.punch.id);
    expect(await count(session.accountId)).toBe(1);
  });

  it("the same key sent in parallel still stores one punch", async () => {
    const session = await employeeSession();
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => punch(session, "OUT", key, new Date())));
    expect(new Set(results.map((r) => r.punch.id)).size).toBe(1);
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(await count(session.accountId)).toBe(1);
  });

  it("two renders sent in parallel (different keys) store one punch of a kind", async () => {
    const session = await employeeSession();
    const results = await Promise.all(Array.from({ length: 4 }, () => punch(session, "IN", crypto.randomUUID(), new Date())));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(await count(session.accountId)).toBe(1);
  });

  it("a request whose clock read came first but whose lock came second is still a repeat", async () => {
    const session = await employeeSession();
    const t0 = new Date();
    const later = await punch(session, "IN", crypto.randomUUID(), new Date(t0.getTime() + 5));
    const earlier = await punch(session, "IN", crypto.randomUUID(), t0);
    expect(later.status).toBe("created");
    expect(earlier.status).toBe("too_soon");
    expect(earlier.punch.id).toBe(later.punch.id);
    expect(await count(session.accountId)).toBe(1);
  });

  it("the same kind within 60 seconds returns the first punch; after that it is stored", async () => {
    const session = await employeeSession();
    const t0 = new Date();
    const first = await punch(session, "IN", crypto.randomUUID(), t0);
    const again = await punch(session, "IN", crypto.randomUUID(), new Date(t0.getTime() + 59_000));
    expect(again.status).toBe("too_soon");
    expect(again.punch.id).toBe(first.punch.id);
    expect(await count(session.accountId)).toBe(1);

    const later = await punch(session, "IN", crypto.randomUUID(), new Date(t0.getTime() + 61_000));
    expect(later.status).toBe("created");
    expect(await count(session.accountId)).toBe(2);
  });

  it("clock-in then clock-out right away are both stored", async () => {
    const session = await employeeSession();
    await punch(session, "IN", crypto.randomUUID(), new Date());
    const out = await punch(session, "OUT", crypto.randomUUID(), new Date());
    expect(out.status).toBe("created");
    expect((await todaysPunches(session, new Date())).map((p) => p.kind)).toEqual(["IN", "OUT"]);
  });

  it("the answer carries today's list as stored, the repeat included once", async () => {
    const session = await employeeSession();
    const t0 = new Date();
    const first = await punch(session, "IN", crypto.randomUUID(), t0);
    expect(first.today.map((p) => p.id)).toEqual([first.punch.id]);
    const repeat = await punch(session, "IN", crypto.randomUUID(), new Date(t0.getTime() + 1000));
    expect(repeat.status).toBe("too_soon");
    expect(repeat.today.map((p) => p.id)).toEqual([first.punch.id]);
    const out = await punch(session, "OUT", crypto.randomUUID(), new Date(t0.getTime() + 2000));
    expect(out.today.map((p) => p.kind)).toEqual(["IN", "OUT"]);
    expect(out.today).toEqual(await todaysPunches(session, new Date(t0.getTime() + 2000)));
  });

  it("todaysPunches lists only the caller's punches", async () => {
    const alice = await employeeSession();
    const bob = await employeeSession();
    await punch(alice, "IN", crypto.randomUUID(), new Date());
    await punch(bob, "IN", crypto.randomUUID(), new Date());
    await punch(bob, "OUT", crypto.randomUUID(), new Date());
    const mine = await todaysPunches(alice, new Date());
    expect(mine).toHaveLength(1);
    const alicePunchIds = (await db().client.punch.findMany({ where: { accountId: alice.accountId } })).map((p) => p.id);
    expect(mine.map((p) => p.id)).toEqual(alicePunchIds);
    expect(await todaysPunches(bob, new Date())).toHaveLength(2);
  });

  it("todaysPunches follows the Japan-time day, whatever the server's zone", async () => {
    const session = await employeeSession();
    const at = (iso: string) => new Date(iso);
    await db().client.punch.createMany({
      data: [
        { accountId: session.accountId, kind: "OUT", at: at("2026-11-23T23:59:59+09:00"), idempotencyKey: "k-yesterday" },
        { accountId: session.accountId, kind: "IN", at: at("2026-11-24T00:00:00+09:00"), idempotencyKey: "k-midnight" },
        { accountId: session.accountId, kind: "OUT", at: at("2026-11-24T08:30:00+09:00"), idempotencyKey: "k-morning" },
        { accountId: session.accountId, kind: "IN", at: at("2026-11-25T00:00:00+09:00"), idempotencyKey: "k-tomorrow" },
      ],
    });
    // 2026-11-24 09:00 JST is still 2026-11-24 00:00 UTC: the UTC day would be the wrong one at other hours.
    const list = await todaysPunches(session, at("2026-11-24T09:00:00+09:00"));
    expect(list.map((p) => p.at.toISOString())).toEqual(["2026-11-23T15:00:00.000Z", "2026-11-23T23:30:00.000Z"]);
    const early = await todaysPunches(session, at("2026-11-24T00:30:00+09:00"));
    expect(early).toHaveLength(2);
  });

  it("refuses employees of a company that does not use ATTENDANCE (not in use, or no licence row)", async () => {
    for (const apps of [{ ATTENDANCE: false, PAYSLIPS: true }, { PAYSLIPS: true }]) {
      const other = await createCompany(db().client, officeId, apps);
      const account = await createEmployee(db().client, other);
      const session = await sessionFor(db().client, account.id, "FULL");
      await expect(punch(session, "IN", crypto.randomUUID(), new Date())).rejects.toMatchObject({ name: "AppAccessError", reason: "not_licensed" });
      await expect(todaysPunches(session, new Date())).rejects.toBeInstanceOf(AppAccessError);
      expect(await count(account.id)).toBe(0);
    }
  });

  it("refuses sharoushi accounts, who have no company", async () => {
    const account = await createSharoushi(db().client, officeId);
    const session = await sessionFor(db().client, account.id, "FULL");
    await expect(punch(session, "IN", crypto.randomUUID(), new Date())).rejects.toMatchObject({ reason: "not_employee" });
    await expect(todaysPunches(session, new Date())).rejects.toMatchObject({ reason: "not_employee" });
  });

  it("rejects an empty or oversized idempotency key", async () => {
    const session = await employeeSession();
    await expect(punch(session, "IN", "", new Date())).rejects.toThrow();
    await expect(punch(session, "IN", "x".repeat(101), new Date())).rejects.toThrow();
    expect(await count(session.accountId)).toBe(0);
  });
});
