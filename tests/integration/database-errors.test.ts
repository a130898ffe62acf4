// A wrong DATABASE_URL stops everything with one clear line that names the
// variable and never the password: at server start-up, in the scripts, and in
// assertReachable itself.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "@/lib/database/client";
import { DatabaseConfigError, resolveDatabaseTarget } from "@/lib/database/config";
import { assertReachable } from "@/lib/database/migrate";
import { prepareDatabaseAtStartup } from "@/lib/database/startup";
import { testDatabaseKind } from "../support/test-db";

// Port 1 on the loopback: connection refused at once.
const REFUSED = "postgresql://tobira:hunter2-secret@127.0.0.1:1/tobira";

async function reachError(url: string): Promise<Error> {
  const target = resolveDatabaseTarget(url);
  const client = createClient(target);
  try {
    await assertReachable(target, client);
  } catch (err) {
    return err as Error;
  } finally {
    await client.$disconnect().catch(() => {});
  }
  throw new Error(`expected ${url} to be unreachable`);
}

function expectOneClearLine(text: string) {
  expect(text.trim().split("\n")).toHaveLength(1);
  expect(text).toContain("DATABASE_URL");
  expect(text).not.toContain("hunter2-secret");
}

describe("assertReachable", () => {
  it("turns a refused connection into one line naming DATABASE_URL and the host, not the password", async () => {
    const err = await reachError(REFUSED);
    expect(err).toBeInstanceOf(DatabaseConfigError);
    expect(err.message).toMatch(/^DATABASE_URL: cannot use PostgreSQL at 127\.0\.0\.1:1\/tobira: \S/);
    expectOneClearLine(err.message);
  });

  it.runIf(testDatabaseKind === "postgresql")("says so when the database does not exist on a live server", async () => {
    const server = new URL((process.env.TEST_DATABASE_URL || process.env.DATABASE_URL)!);
    server.pathname = "/tobira_no_such_database";
    server.password = "hunter2-secret";
    const err = await reachError(server.toString());
    expect(err).toBeInstanceOf(DatabaseConfigError);
    expectOneClearLine(err.message);
  });
});

describe("server start-up (instrumentation.ts → prepareDatabaseAtStartup)", () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    vi.restoreAllMocks();
  });

  async function startupOutput(url: string): Promise<string[]> {
    process.env.DATABASE_URL = url;
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
    vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    await expect(prepareDatabaseAtStartup()).rejects.toThrow("exit 1");
    return lines;
  }

  it("exits 1 with one line for an unsupported scheme", async () => {
    const lines = await startupOutput("mysql://root@localhost/tobira");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[db\] DATABASE_URL: unsupported scheme 'mysql:'/);
  });

  it("exits 1 with one line for an unreachable PostgreSQL", async () => {
    const lines = await startupOutput(REFUSED);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[db\] DATABASE_URL: cannot use PostgreSQL at 127\.0\.0\.1:1\/tobira/);
    expectOneClearLine(lines[0]!);
  });
});

describe("npm run db:migrate", () => {
  it("prints one line on stderr and exits 1 for an unreachable PostgreSQL", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: REFUSED },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe("");
    expect(run.stderr).toMatch(/^DatabaseConfigError: DATABASE_URL: cannot use PostgreSQL at 127\.0\.0\.1:1\/tobira/);
    expectOneClearLine(run.stderr);
  });
});
