/**
 * The one Prisma client of this process. Application code imports it through
 * `lib/db.ts` (server-only); scripts and tests import it from here.
 */
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { adapterFactoryFor, type QueryTimeouts } from "./connect";
import { resolveDatabaseTarget, type DatabaseTarget } from "./config";
import { startupWait } from "./ready";
import { rethrowUnavailable } from "./unavailable";

const holder = globalThis as typeof globalThis & { __tobiraPrisma?: { client: PrismaClient; target: DatabaseTarget } };

/**
 * Every query, and the start of every transaction, turns a lost database into
 * DatabaseUnavailableError (unavailable.ts), so callers — and Next.js, which
 * answers it with the 503 page — see one kind of error for an outage. The
 * extension changes no types, so the client keeps the PrismaClient type.
 * While the server is still opening the database (ready.ts), each waits for it.
 */
export function createClient(
  target: DatabaseTarget = resolveDatabaseTarget(),
  timeouts?: QueryTimeouts,
  /** Tests only: wraps the driver adapter, e.g. to count the statements sent (tests/support/statement-counter.ts). */
  wrapAdapter?: (factory: SqlMigrationAwareDriverAdapterFactory) => SqlMigrationAwareDriverAdapterFactory,
): PrismaClient {
  const factory = adapterFactoryFor(target, timeouts);
  const base = new PrismaClient({ adapter: wrapAdapter ? wrapAdapter(factory) : factory });
  const extended = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        const starting = startupWait();
        if (starting) await starting;
        try {
          return await query(args);
        } catch (err) {
          rethrowUnavailable(err);
        }
      },
    },
  }) as unknown as PrismaClient;
  // Opening a transaction is not a query: the extension above does not see it fail.
  const transaction = extended.$transaction.bind(extended) as (...args: unknown[]) => Promise<unknown>;
  return new Proxy(extended, {
    get(target, prop, receiver) {
      if (prop === "$transaction") {
        return async (...args: unknown[]) => {
          const starting = startupWait();
          if (starting) await starting;
          return transaction(...args).catch(rethrowUnavailable);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
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
