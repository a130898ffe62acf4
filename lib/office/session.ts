/**
 * The session of an /office page: signed in (else /login), a sharoushi account
 * (else 404: the area does not exist for anyone else), full mode (else
 * /step-up). The data layer checks again on every call (access.ts).
 */
import "server-only";
import { notFound, redirect } from "next/navigation";
import { mayManageEmployees, modeAllows } from "@/lib/auth/policy";
import { getSession, type Session } from "@/lib/auth/session";

export async function requireOfficeSession(returnTo: string): Promise<Session> {
  const session = await getSession();
  const back = `?callbackUrl=${encodeURIComponent(returnTo)}`;
  if (!session) redirect(`/login${back}`);
  if (!mayManageEmployees(session.role)) notFound();
  if (!modeAllows(session.mode, "office.employees")) redirect(`/step-up${back}`);
  return session;
}
