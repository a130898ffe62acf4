// DATABASE_URL decides the database; anything unclear is refused with a line
// naming the variable, never a silent fall-back to the embedded database.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PGLITE_DIR, DatabaseConfigError, describeTarget, resolveDatabaseTarget } from "@/lib/database/config";

describe("resolveDatabaseTarget", () => {
  it.each([undefined, "", "   "])("uses PGlite in %j → the default folder", (raw) => {
    expect(resolveDatabaseTarget(raw)).toEqual({ kind: "pglite", dataDir: path.resolve(DEFAULT_PGLITE_DIR) });
  });

  it.each([
    ["pglite:.data/e2e", path.resolve(".data/e2e")],
    ["pglite://.data/x", path.resolve(".data/x")],
    ["pglite:/tmp/tobira-db", "/tmp/tobira-db"],
    ["  pglite:.data/trimmed  ", path.resolve(".data/trimmed")],
  ])("uses PGlite for %j", (raw, dataDir) => {
    expect(resolveDatabaseTarget(raw)).toEqual({ kind: "pglite", dataDir });
  });

  it.each(["postgresql://tobira:tobira@localhost:5432/tobira", "postgres://u@db.internal/app?sslmode=require"])(
    "uses PostgreSQL for %s",
    (raw) => {
      expect(resolveDatabaseTarget(raw)).toEqual({ kind: "postgres", url: raw });
    },
  );

  it.each([
    ["pglite:", /^DATABASE_URL: 'pglite:' needs a folder/],
    ["localhost:5432/tobira", /^DATABASE_URL: unsupported scheme 'localhost:'/],
    ["not a url", /^DATABASE_URL: not a valid URL/],
    ["mysql://root@localhost/tobira", /^DATABASE_URL: unsupported scheme 'mysql:'/],
    ["file:./dev.db", /^DATABASE_URL: unsupported scheme 'file:'/],
    ["postgresql:///tobira", /^DATABASE_URL: the PostgreSQL URL has no host/],
  ])("refuses %j with one line naming DATABASE_URL", (raw, message) => {
    let error: unknown;
    try {
      resolveDatabaseTarget(raw);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("reads process.env.DATABASE_URL by default", () => {
    const saved = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL = "pglite:.data/from-env";
      expect(resolveDatabaseTarget()).toEqual({ kind: "pglite", dataDir: path.resolve(".data/from-env") });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});

describe("describeTarget", () => {
  it("names the PGlite folder relative to the project", () => {
    expect(describeTarget({ kind: "pglite", dataDir: path.resolve(".data/e2e") })).toBe("PGlite at .data/e2e");
  });

  it("names host, port and database but never the password", () => {
    const text = describeTarget({ kind: "postgres", url: "postgresql://tobira:s3cret-pass@db.example:6543/payroll" });
    expect(text).toBe("PostgreSQL at db.example:6543/payroll");
    expect(text).not.toContain("s3cret");
    expect(describeTarget({ kind: "postgres", url: "postgresql://u:p@localhost/tobira" })).toBe("PostgreSQL at localhost:5432/tobira");
  });
});
