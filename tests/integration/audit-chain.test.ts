// The audit log's hash chain: every insert path (audit(), auditSql() riding in another
// statement, many at once) lands in one unbroken chain, and a line edited or deleted
// directly in the database is reported where it breaks.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { audit, auditSql } from "@/lib/auth/audit";
import { verifyAuditChain } from "@/lib/audit/chain";
import { verifyAuditChainFor } from "@/lib/audit/console";
import { OfficeAccessError } from "@/lib/office/access";
import { writeNow } from "@/lib/database/side-writes";
import { testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

describe(`audit log hash chain (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const chain = () => db().client.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { id: true, seq: true, prevHash: true, hash: true } });

  it("numbers every line and links it to the one before, whatever path wrote it", async () => {
    await audit("logout", { accountId: null, loginId: "A0001" }, testRequest, { note: "一行目" });
    // Two lines inside one statement, as the sign-in path writes them.
    await writeNow([
      auditSql("password.ok", { loginId: "A0002" }, testRequest),
      auditSql("code.sent", { loginId: "A0002" }, testRequest, { channel: "email" }),
    ]);
    // Many at once: the trigger's lock makes them take turns.
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit("password.failed", { loginId: `B${i}` }, testRequest, { i })));
    const rows = await chain();
    expect(rows).toHaveLength(23);
    rows.forEach((row, i) => {
      expect(row.seq).toBe(i + 1);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prevHash).toBe(i === 0 ? "0".repeat(64) : rows[i - 1]!.hash);
    });
    expect(await verifyAuditChain()).toMatchObject({ intact: true, count: 23, lastSeq: "23", firstBreak: null });
  });

  it("ignores seq and hash values a caller tries to set", async () => {
    await db().client.$executeRaw(Prisma.sql`INSERT INTO "AuditEvent" ("id", "type", "seq", "prevHash", "hash") VALUES ('forged-1', 'logout', 999, 'x', 'y')`);
    const row = await db().client.auditEvent.findUniqueOrThrow({ where: { id: "forged-1" } });
    expect(row.seq).toBe(24);
    expect(row.hash).not.toBe("y");
    expect((await verifyAuditChain()).intact).toBe(true);
  });

  it("reports a line whose content was edited in the database, at that line", async () => {
    const target = (await chain())[4]!;
    const before = await db().client.auditEvent.findUniqueOrThrow({ where: { id: target.id } });
    await db().client.$executeRaw`UPDATE "AuditEvent" SET "ip" = '198.51.100.99' WHERE "id" = ${target.id}`;
    const report = await verifyAuditChain();
    expect(report.intact).toBe(false);
    expect(report.firstBreak).toMatchObject({ seq: "5", id: target.id, reason: "edited" });
    // Recomputing that line's hash does not hide it: the next line still links to the old one.
    await db().client.$executeRaw`UPDATE "AuditEvent" SET "hash" = "audit_event_hash"("seq", "prevHash", "id", "at", "type", "accountId", "loginId", "ip", "userAgent", "detail") WHERE "id" = ${target.id}`;
    expect((await verifyAuditChain()).firstBreak).toMatchObject({ seq: "6", reason: "link" });
    await db().client.$executeRaw`UPDATE "AuditEvent" SET "ip" = ${before.ip}, "hash" = ${before.hash} WHERE "id" = ${target.id}`;
    expect((await verifyAuditChain()).intact).toBe(true);
  });

  it("reports a deleted line where the gap is", async () => {
    const target = (await chain())[9]!;
    await db().client.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${target.id}`;
    const report = await verifyAuditChain();
    expect(report.intact).toBe(false);
    expect(report.firstBreak).toMatchObject({ seq: "11", reason: "gap" });
  });

  it("reports the loss of the oldest lines", async () => {
    await db().client.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = 1`;
    expect((await verifyAuditChain()).firstBreak).toMatchObject({ seq: "2", reason: "start" });
  });

  it("shows the verdict in the console to office staff in full mode only", async () => {
    const client = db().client;
    const office = await createOffice(client);
    const company = await createCompany(client, office.id, { ATTENDANCE: true });
    const staff = await createSharoushi(client, office.id);
    const employee = await createEmployee(client, company);
    expect((await verifyAuditChainFor(await sessionFor(client, staff.id, "FULL"))).intact).toBe(false);
    await expect(verifyAuditChainFor(await sessionFor(client, staff.id, "LIMITED"))).rejects.toBeInstanceOf(OfficeAccessError);
    await expect(verifyAuditChainFor(await sessionFor(client, employee.id, "FULL"))).rejects.toBeInstanceOf(OfficeAccessError);
  });
});
