/**
 * The one Prisma client of this process. Application code imports it through
 * `lib/db.ts` (server-only); scripts and tests import it from here.
 */
import { PrismaClient } from "@/generated/prisma/client";
import { adapterFactoryFor } from "./connect";
import { resolveDatabaseTarget, type DatabaseTarget } from "./config";

const holder = globalThis as typeof globalThis & { __tobiraPrisma?: { client: PrismaClient; target: DatabaseTarget } };

export function createClient(target: DatabaseTarget = resolveDatabaseTarget()): PrismaClient {
  return new PrismaClient({ adapter: adapterFactoryFor(target) });
}

/** Lazily created, so importing a module never opens the database (e.g. at build time). */
export function getDb(): PrismaClient {
  if (!holder.__tobiraPrisma) {
    const target = resolveDatabaseTarget();
    holder.__tobiraPrisma = { client: createClient(target), target };
  }
  return holder.__tobiraPrisma.client;
}

export async function disconnectDb() {
  const current = holder.__tobiraPrisma;
  holder.__tobiraPrisma = undefined;
  if (current) await current.client.$disconnect();
}

/**
 * Tests only (tests/support/test-db.ts): make getDb() return a client the test
 * created, or forget it with `undefined`. The caller keeps ownership and
 * disconnects it; nothing else ever sets this.
 */
export function setDbForTests(client: PrismaClient | undefined, target?: DatabaseTarget) {
  holder.__tobiraPrisma = client && target ? { client, target } : undefined;
}
