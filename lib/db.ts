/**
 * The database client for the data layer (`lib/<area>/…`). Only server code
 * may import it; pages, components and actions go through the data layer.
 */
import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

export { getDb } from "./database/client";

/** The client, or the one inside `$transaction(async (tx) => …)`: writes that must land together take it. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
