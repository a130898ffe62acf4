/**
 * A fresh, migrated database for one integration test file, made through the
 * real data layer (lib/database/*: createClient, applyMigrations).
 *
 * - Default: a brand-new PGlite in a temporary folder, deleted afterwards
 *   (a copy of the suite's empty or migrated template, when it made them).
 * - TEST_DATABASE_URL (else DATABASE_URL) = postgresql://…: a new, uniquely
 *   named database on that server (the role needs CREATEDB), dropped
 *   afterwards. The URL's own database is only used to run CREATE/DROP.
 *
 * While it is open, getDb() returns its client and DATABASE_URL names it, so
 * the code under test uses it without knowing it is under test.
 *
 *   const db = useTestDatabase();            // beforeAll / afterAll
 *   it("…", async () => { await db().client.notice.count(); });
 */
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient, setDbForTests } from "@/lib/database/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/database/config";
import { closePglite } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { dropDatabase } from "./drop-database";

export type TestDatabase = {
  /** The DATABASE_URL form of this database (pglite:<folder> or postgresql://…). */
  url: string;
  target: DatabaseTarget;
  client: PrismaClient;
  /** Disconnects, then deletes the folder or drops the database. Safe to call twice. */
  drop(): Promise<void>;
};

export type TestDatabaseOptions = {
  /** Apply prisma/migrations first (default true). */
  migrate?: boolean;
};

// Read once, before this module ever points DATABASE_URL at a test database.
const serverUrl = pickServerUrl(process.env.TEST_DATABASE_URL, process.env.DATABASE_URL);

function pickServerUrl(...candidates: (string | undefined)[]): string | undefined {
  return candidates.map((c) => c?.trim()).find((c) => !!c && /^postgres(ql)?:\/\//.test(c));
}

/** "pglite" or "postgresql", for test titles and skips. */
export const testDatabaseKind: "pglite" | "postgresql" = serverUrl ? "postgresql" : "pglite";

export async function createTestDatabase(opts: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrate = opts.migrate ?? true;
  const made = serverUrl ? await createPostgresDatabase(serverUrl) : createPgliteFolder(migrate);
  const target = resolveDatabaseTarget(made.url);
  const client = createClient(target);
  const previousUrl = process.env.DATABASE_URL;
  let dropped = false;

  const drop = async () => {
    if (dropped) return;
    dropped = true;
    setDbForTests(undefined);
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    await client.$disconnect().catch(() => {});
    if (target.kind === "pglite") await closePglite(target.dataDir);
    await made.remove();
  };

  try {
    // On a copy of the migrated template this only checks that nothing is pending.
    if (migrate) await applyMigrations(target, client);
  } catch (err) {
    await drop();
    throw err;
  }
  process.env.DATABASE_URL = made.url;
  setDbForTests(client, target);
  return { url: made.url, target, client, drop };
}

/** Registers beforeAll/afterAll for the calling test file; returns an accessor. */
export function useTestDatabase(opts: TestDatabaseOptions = {}): () => TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(opts);
  });
  afterAll(async () => {
    await db?.drop();
  });
  return () => {
    if (!db) throw new Error("useTestDatabase(): the database is ready only inside tests and hooks");
    return db;
  };
}

function createPgliteFolder(migrated: boolean) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tobira-test-"));
  // A copy of one of the suite's templates skips initdb (tests/support/global-setup.ts).
  const templates = inject("pgliteTemplates");
  if (templates) cpSync(migrated ? templates.migrated : templates.empty, dir, { recursive: true });
  return {
    url: `pglite:${dir}`,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(server: string) {
  const name = `tobira_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(server, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // Also ends a pool the code under test forgot to close (tests/support/drop-database.ts).
    remove: () => adminQuery(server, (admin) => dropDatabase(admin, name)),
  };
}

async function adminQuery(server: string, run: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await run(admin);
  } finally {
    await admin.end();
  }
}
