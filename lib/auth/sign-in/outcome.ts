/**
 * What a sign-in step answers: where the browser goes next (a path), a finished
 * flow's grant for the session gate, or a refusal — plus the cookies to set or
 * clear. Steps only describe; the entry point (index.ts) applies the cookies, so
 * a step is a function of its context and input alone.
 */
import "server-only";
import { cookies } from "next/headers";
import { setAuthCookie } from "../cookies";
import { FLOW_COOKIE, FLOW_TTL_MS } from "../flow-store";

export type StepError =
  | "invalid_credentials"
  | "flow_expired"
  | "wrong_code"
  /** A right Authenticator code already used (its time step was accepted before): wait for the next. */
  | "code_reused"
  | "code_expired"
  | "locked"
  | "mail_failed"
  | "cooldown"
  | "too_many_codes"
  | "not_allowed";

/** What the actions see: the outcome without its cookies (already applied). */
export type StepResult =
  | { ok: true; next: string }
  | { ok: true; grant: string; accountId: string; enrolled?: true }
  | { ok: false; error: StepError; retryAfterMs?: number };

export type CookieChange =
  | { name: string; value: string; lifetime: { maxAge: number } | { expires: Date } }
  | { name: string; clear: true };

export type Outcome<R = StepResult> = R & { cookies?: CookieChange[] };

export const refuse = (error: StepError, retryAfterMs?: number): Outcome => (retryAfterMs === undefined ? { ok: false, error } : { ok: false, error, retryAfterMs });
export const expired = (): Outcome => refuse("flow_expired");
export const goTo = (next: string, cookies?: CookieChange[]): Outcome => (cookies ? { ok: true, next, cookies } : { ok: true, next });

export const setFlowCookie = (token: string): CookieChange => ({ name: FLOW_COOKIE, value: token, lifetime: { maxAge: FLOW_TTL_MS / 1000 } });
export const clearFlowCookie = (): CookieChange => ({ name: FLOW_COOKIE, clear: true });

/** Adds cookie changes to an outcome (the ones it already has come after). */
export function withCookies<R>(outcome: Outcome<R>, changes: CookieChange[]): Outcome<R> {
  return { ...outcome, cookies: [...changes, ...(outcome.cookies ?? [])] };
}

/** Applies the outcome's cookies to the response and returns the rest. */
export async function applyOutcome<R>(outcome: Outcome<R>): Promise<R> {
  const { cookies: changes, ...rest } = outcome;
  if (changes?.length) {
    const jar = await cookies();
    for (const c of changes) {
      if ("clear" in c) jar.delete(c.name);
      else await setAuthCookie(c.name, c.value, c.lifetime);
    }
  }
  return rest as R;
}
