/**
 * Writes that ride along in another statement: `WITH w0 AS (INSERT …), w1 AS
 * (DELETE …) <main>`. PostgreSQL runs every data-modifying WITH part exactly
 * once, whatever the main statement finds, and all of it as one statement —
 * atomic, and one round trip instead of one per write. Used on the sign-in
 * path for the audit line and the cleared failure bucket that go with a move
 * of the flow (lib/auth/sign-in). The parts must not touch the rows the main
 * statement changes (PostgreSQL leaves two changes of one row in one
 * statement undefined), and do not see each other's changes.
 */
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "./client";

export type SideWrites = readonly Prisma.Sql[];

/** `main` with the writes in front of it; `main` itself must not begin with WITH. */
export function withSideWrites(writes: SideWrites, main: Prisma.Sql): Prisma.Sql {
  if (writes.length === 0) return main;
  const parts = writes.map((write, i) => Prisma.sql`${Prisma.raw(`"w${i}"`)} AS (${write})`);
  return Prisma.sql`WITH ${Prisma.join(parts, ", ")} ${main}`;
}

/** The writes alone, now, as one statement (when there is no move for them to ride along with). */
export async function writeNow(writes: SideWrites): Promise<void> {
  if (writes.length > 0) await getDb().$executeRaw(withSideWrites(writes, Prisma.sql`SELECT 1`));
}
