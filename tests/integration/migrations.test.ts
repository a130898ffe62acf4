// Migrations apply on an empty database, are recorded in Prisma's standard
// `_prisma_migrations` table, and a second run applies nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, pendingMigrations, readLocalMigrations } from "@/lib/database/migrate";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "../support/test-db";

describe(`migrations (${testDatabaseKind})`, () => {
  let db: TestDatabase;
  const local = readLocalMigrations();

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("has committed migrations to apply", () => {
    expect(local.length).toBeGreaterThan(0);
  });

  it("sees every migration as pending on an empty database", async () => {
    expect(await pendingMigrations(db.client)).toEqual(local.map((m) => m.name));
  });

  it("applies them all, in order, and logs each one", async () => {
    const logged: string[] = [];
    const applied = await applyMigrations(db.target, db.client, (l) => logged.push(l));
    expect(applied).toEqual(local.map((m) => m.name));
    expect(logged).toEqual(local.map((m) => `applied ${m.name}`));
  });

  it("records them in _prisma_migrations with the checksum of each migration.sql", async () => {
    const rows = await db.client.$queryRawUnsafe<
      { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }[]
    >(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(local[i]!.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("creates the application tables", async () => {
    const tables = await db.client.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["Account", "Company", "Notice", "Office"]));
  });

  it("applies nothing on a second run", async () => {
    expect(await pendingMigrations(db.client)).toEqual([]);
    expect(await applyMigrations(db.target, db.client)).toEqual([]);
    const rows = await db.client.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM _prisma_migrations`);
    expect(rows[0]?.n).toBe(local.length);
  });
});
