/**
 * The benchmark's own PGlite folders (never .data/pglite, which belongs to
 * `npm run dev`): a template migrated and seeded once through the real code
 * and closed cleanly, and a fresh copy of it for each run.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createClient } from "@/lib/database/client";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { closePglite } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { seedDemoData } from "@/prisma/seed";

export const BENCH_DIR = path.resolve(".data/bench");
const TEMPLATE = path.join(BENCH_DIR, "template");

export async function prepareTemplate(): Promise<string> {
  rmSync(BENCH_DIR, { recursive: true, force: true });
  const target = resolveDatabaseTarget(`pglite:${TEMPLATE}`);
  const client = createClient(target);
  try {
    await applyMigrations(target, client);
    await seedDemoData(client);
  } finally {
    await client.$disconnect();
    await closePglite(TEMPLATE);
  }
  return TEMPLATE;
}

/** A fresh copy of the template, as a server would find it after a clean stop. */
export function freshCopy(name: string): string {
  if (!existsSync(TEMPLATE)) throw new Error("bench: prepareTemplate() first");
  const dir = path.join(BENCH_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}

export function removeBenchFolders() {
  rmSync(BENCH_DIR, { recursive: true, force: true });
}
