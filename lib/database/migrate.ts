/**
 * Applies the committed migrations in prisma/migrations. Used by
 * `npm run db:migrate` and by the server before it serves its first request
 * (instrumentation.ts). If every migration on disk is already recorded as
 * finished with the same checksum, the engine is not even loaded: that keeps
 * the server's cold start short.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import type { PrismaClient } from "@/generated/prisma/client";
import { adapterFactoryFor } from "./connect";
import { DatabaseConfigError, describeTarget, type DatabaseTarget } from "./config";
import { openSchemaEngine } from "./schema-engine";

// Read at run time from the project folder; not part of the server bundle.
export const PRISMA_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");

export class MigrationError extends Error {
  override name = "MigrationError";
}

type LocalMigration = { name: string; sql: string; checksum: string };

export function readLocalMigrations(dir = MIGRATIONS_DIR): LocalMigration[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, e.name, "migration.sql")))
    .map((e) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, e.name, "migration.sql"), "utf8");
      return { name: e.name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function migrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(/*turbopackIgnore: true*/ lockPath) ? readFileSync(/*turbopackIgnore: true*/ lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: readLocalMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}

/** Names of local migrations not yet applied (or applied with another checksum). */
export async function pendingMigrations(client: PrismaClient, dir = MIGRATIONS_DIR): Promise<string[]> {
  const local = readLocalMigrations(dir);
  let applied: { migration_name: string; checksum: string }[];
  try {
    applied = await client.$queryRawUnsafe(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
  } catch {
    return local.map((m) => m.name); // no table yet: a fresh database
  }
  const done = new Map(applied.map((r) => [r.migration_name, r.checksum]));
  return local.filter((m) => done.get(m.name) !== m.checksum).map((m) => m.name);
}

/** Fails with one line naming DATABASE_URL when the database cannot be reached. */
export async function assertReachable(target: DatabaseTarget, client: PrismaClient) {
  try {
    await client.$queryRawUnsafe("SELECT 1");
  } catch (err) {
    throw new DatabaseConfigError(`DATABASE_URL: cannot use ${describeTarget(target)}: ${errorText(err)}`);
  }
}

export async function applyMigrations(
  target: DatabaseTarget,
  client: PrismaClient,
  log: (line: string) => void = () => {},
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  await assertReachable(target, client);
  if ((await pendingMigrations(client, dir)).length === 0) return [];
  // A migration may rightly run for longer than any request's statement: no time-out.
  const engine = await openSchemaEngine(adapterFactoryFor(target, { statementMs: 0, queryMs: 0 }), {
    path: SCHEMA_PATH,
    content: readFileSync(/*turbopackIgnore: true*/ SCHEMA_PATH, "utf8"),
  });
  try {
    const out = await engine.applyMigrations({
      migrationsList: migrationList(dir),
      filters: { externalTables: [], externalEnums: [] },
    });
    for (const name of out.appliedMigrationNames) log(`applied ${name}`);
    return out.appliedMigrationNames;
  } catch (err) {
    throw new MigrationError(`migration failed: ${errorText(err)}`);
  } finally {
    engine.free();
  }
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message || String(err.cause ?? "") : String(err);
  const line = text.split("\n").map((l) => l.trim()).find((l) => l && !l.startsWith("Invalid `"));
  return line ?? "unknown error";
}
