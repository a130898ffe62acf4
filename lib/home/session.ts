/**
 * The one page behind the gate that needs no capability: the home menu. Any
 * signed-in session may see it, in either mode — it is a menu, not a function;
 * each function it links to checks its own capability.
 */
import "server-only";
import { redirect } from "next/navigation";
import { getSession, type Session } from "@/lib/auth/session";

/** The session, whatever its mode; none → /login, coming back to `returnTo` afterwards. */
export async function requireAnySession(returnTo: string): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session;
}
