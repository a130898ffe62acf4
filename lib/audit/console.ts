/**
 * The office console's view of the audit log. Office staff only (full sharoushi
 * session, as every console section): the chain is service-wide, but the report says
 * only whether it is intact and the number and time of the first break — no other
 * office's content.
 */
import "server-only";
import type { Session } from "@/lib/auth/session-store";
import { assertOffice } from "@/lib/office/access";
import { verifyAuditChain, type ChainReport } from "./chain";

export async function verifyAuditChainFor(session: Session): Promise<ChainReport> {
  assertOffice(session);
  return verifyAuditChain();
}
