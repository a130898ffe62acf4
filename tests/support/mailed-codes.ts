/**
 * Plants a known sign-in code for a flow, stored exactly as the mailed-code
 * store stores one (lib/auth/mailed-code.ts), so a test can type it without
 * reading a mail.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { mailedCodeHash, signInOwner } from "@/lib/auth/mailed-code";

export async function plantSignInCode(client: PrismaClient, flow: { id: string; accountId: string }, code: string, expiresAt: Date) {
  const owner = signInOwner(flow);
  await client.mailedCode.create({
    data: { purpose: owner.purpose, ownerId: owner.ownerId, accountId: owner.accountId, flowId: flow.id, codeHash: mailedCodeHash(owner, code), expiresAt, sentAt: new Date(), sends: 1 },
  });
}
