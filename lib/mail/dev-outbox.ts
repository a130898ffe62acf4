/**
 * The development outbox: where mail goes when no RESEND_API_KEY is set and the
 * server is not in production — `next dev`, or the quick-start demo, which sets
 * TOBIRA_DEV_OUTBOX=1 on its production build so its demo accounts can receive
 * codes. /dev/outbox shows it and does not exist otherwise. Never set
 * TOBIRA_DEV_OUTBOX on a real deployment: anyone could read the codes.
 */
import "server-only";
import { getDb } from "@/lib/db";

export function devOutboxEnabled(): boolean {
  if (process.env.RESEND_API_KEY) return false;
  return process.env.NODE_ENV !== "production" || process.env.TOBIRA_DEV_OUTBOX === "1";
}

export type DevMailView = { id: string; to: string; subject: string; text: string; createdAt: Date };

export async function saveDevMail(message: { to: string; subject: string; text: string; html: string }) {
  await getDb().devMail.create({ data: message });
}

/** The newest mails first, optionally for one address only. */
export async function listDevMail(to?: string, take = 30): Promise<DevMailView[]> {
  return getDb().devMail.findMany({
    where: to ? { to: { equals: to.trim(), mode: "insensitive" } } : undefined,
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
