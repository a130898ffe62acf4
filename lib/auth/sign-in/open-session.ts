/**
 * The last act of a sign-in, shared by the action and the form post
 * (app/(auth)/login/step): the gate redeems the finished flow's grant and sets
 * the session cookie, the browser is remembered as known to this account, the
 * flow cookie goes. Answers where to go (the return address, else /home), or
 * null when the grant was already used or has expired.
 */
import "server-only";
import { cookies } from "next/headers";
import { takeReturnTo, setAuthCookie } from "../cookies";
import { withEnrolledNotice } from "../enrolled-notice";
import { FLOW_COOKIE } from "../flow-store";
import { openSession } from "../gate";
import { KNOWN_BROWSER_COOKIE, rememberKnownBrowser } from "../known-browser";
import { getRequestInfo } from "../request-info";

export async function openSignedInSession(grant: string, accountId: string, enrolled: boolean, now: Date): Promise<string | null> {
  if (!(await openSession(grant, await getRequestInfo(), now))) return null;
  const returnTo = (await takeReturnTo()) ?? "/home";
  const jar = await cookies();
  // A fresh token each time (see known-browser.ts).
  const known = await rememberKnownBrowser(jar.get(KNOWN_BROWSER_COOKIE)?.value, accountId, now);
  await setAuthCookie(KNOWN_BROWSER_COOKIE, known.value, { expires: known.expiresAt });
  jar.delete(FLOW_COOKIE);
  return enrolled ? withEnrolledNotice(returnTo) : returnTo;
}
