/** Ends this browser's session server-side and forgets any sign-in in progress. */
import "server-only";
import { requestNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { audit } from "./audit";
import { forgetFlow } from "./flow-store";
import { getRequestInfo } from "./request-info";
import { getSession } from "./session";

export async function endSession() {
  const session = await getSession();
  if (session) {
    await getDb().authSession.updateMany({ where: { id: session.sid, revokedAt: null }, data: { revokedAt: await requestNow() } });
    await audit("logout", { accountId: session.accountId, loginId: session.loginId }, await getRequestInfo());
  }
  await forgetFlow();
}
