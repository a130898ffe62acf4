// Prisma's schema engine splits a PostgreSQL migration script at every `;`, comments
// included (PGlite runs the script whole, so only PostgreSQL shows it): a semicolon in
// a comment cuts a statement in two and the migration fails on deploy.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.join(process.cwd(), "prisma/migrations");
const migrations = readdirSync(dir).filter((name) => /^\d{14}_/.test(name));

describe("migration files", () => {
  it.each(migrations)("%s has no semicolon inside a comment", (name) => {
    const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    const comments = sql.split("\n").filter((line) => line.trimStart().startsWith("--") && line.includes(";"));
    expect(comments).toEqual([]);
  });
});
