/**
 * Which database this process talks to, decided once from DATABASE_URL.
 *
 * - unset, or `pglite:<folder>`: embedded PostgreSQL (PGlite) in a data folder
 *   (default `.data/pglite`), zero set-up, one process at a time.
 * - `postgres://…` / `postgresql://…`: a real PostgreSQL server.
 *
 * Anything else is refused with one line that names the variable, so a typo
 * never silently falls back to the embedded database.
 */
import path from "node:path";

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function resolveDatabaseTarget(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: "pglite", dataDir: path.resolve(DEFAULT_PGLITE_DIR) };

  if (value.startsWith("pglite:")) {
    const dir = value.slice("pglite:".length).replace(/^\/\//, "");
    if (!dir) throw new DatabaseConfigError("DATABASE_URL: 'pglite:' needs a folder, e.g. pglite:./.data/pglite");
    return { kind: "pglite", dataDir: path.resolve(dir) };
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DatabaseConfigError("DATABASE_URL: not a valid URL (expected postgresql://user:pass@host:5432/db or pglite:<folder>)");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL: unsupported scheme '${url.protocol}' (expected postgresql://… or pglite:<folder>)`,
    );
  }
  if (!url.hostname) throw new DatabaseConfigError("DATABASE_URL: the PostgreSQL URL has no host");
  return { kind: "postgres", url: value };
}

/** A description safe for logs: never the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite at ${path.relative(process.cwd(), target.dataDir) || "."}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
