/** Instants in raw SQL, cast the way Prisma stores DateTime: TIMESTAMP(3) holding UTC. */
import { Prisma } from "@/generated/prisma/client";

export const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
