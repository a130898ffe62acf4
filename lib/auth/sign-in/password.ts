/**
 * Step 1: ID + password. The only step without a flow: it starts one (at
 * `change_password` or `choose`, transitions.ts ENTRY_STAGES) and answers the
 * cookie that names it, replacing any sign-in this browser had under way.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { loadAuthAccount } from "../account";
import { audit } from "../audit";
import { createFlow, deleteFlowByToken, FLOW_COOKIE } from "../flow-store";
import { isKnownBrowser, KNOWN_BROWSER_COOKIE } from "../known-browser";
import { dummyPasswordHash, verifyPassword } from "../password";
import { auditableLoginId, normaliseLoginId, showsChooser } from "../policy";
import { checkSkip, skipCookieName } from "../remembered-browser";
import { claimAttempt, isIpLimited, recordIpFailure, resetFailures, type Bucket } from "../throttle";
import type { RequestContext } from "./context";
import { expired, goTo, type Outcome, refuse, setFlowCookie, withCookies } from "./outcome";
import { towardsFullMode } from "./full-mode";
import { STAGE_PATHS } from "./transitions";

export type PasswordInput = { loginId: unknown; password: unknown };

export async function passwordStep(rc: RequestContext, input: PasswordInput): Promise<Outcome> {
  const { req, now } = rc;
  const loginId = normaliseLoginId(input.loginId);
  const password = typeof input.password === "string" ? input.password : "";
  const loggedId = auditableLoginId(loginId);
  // A limited address gets the same answer before any work: no lookup, no hash.
  if (await isIpLimited(req.ip, now)) {
    await audit("ip.limited", { loginId: loggedId }, req);
    return refuse("invalid_credentials");
  }
  const account = loginId
    ? await getDb().account.findUnique({ where: { loginId }, select: { id: true, passwordHash: true, disabled: true, role: true, mustChangePassword: true } })
    : null;

  // Always one argon2 verification, so an unknown ID takes as long as a wrong password.
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
  const fail = async (reason: string, accountId: string | null = null): Promise<Outcome> => {
    await recordIpFailure(req.ip, now);
    await audit("password.failed", { accountId, loginId: loggedId }, req, { reason });
    return refuse("invalid_credentials");
  };

  if (!account || password.length === 0) return fail(account ? "empty_password" : "unknown_id", account?.id);

  const known = await isKnownBrowser(rc.cookies.get(KNOWN_BROWSER_COOKIE), account.id, now);
  const bucket: Bucket = known ? "password:known" : "password:other";
  // Counted before the verification's result is used: of parallel guesses only as many
  // count as the bucket allows, and a refused one learns nothing.
  const claim = await claimAttempt(account.id, bucket, now);
  if (!claim.ok) return fail("locked", account.id);
  if (!passwordOk) {
    if (claim.locked) await audit("account.locked", { accountId: account.id, loginId }, req, { bucket, failures: claim.failures });
    return fail("wrong_password", account.id);
  }
  if (account.disabled) return fail("disabled", account.id);

  await resetFailures(account.id, [bucket]);
  await audit("password.ok", { accountId: account.id, loginId }, req, { knownBrowser: known });
  await deleteFlowByToken(rc.cookies.get(FLOW_COOKIE));
  const chooser = showsChooser(account.role);
  if (account.mustChangePassword) {
    const { token } = await createFlow(account.id, "change_password", req, now, chooser ? {} : { mode: "FULL" });
    return goTo(STAGE_PATHS.change_password, [setFlowCookie(token)]);
  }
  if (chooser) {
    const { token } = await createFlow(account.id, "choose", req, now);
    return goTo(STAGE_PATHS.choose, [setFlowCookie(token)]);
  }
  // Sharoushi accounts never skip: a skip cookie sent for one is only logged as refused.
  await checkSkip({ id: account.id, loginId, role: account.role }, rc.cookies.get(skipCookieName(account.id)), req, now);
  const { flow, token } = await createFlow(account.id, "choose", req, now, { mode: "FULL" });
  const full = await loadAuthAccount(account.id);
  const outcome = full && !full.disabled ? await towardsFullMode({ ...rc, flow, account: full }) : expired();
  return withCookies(outcome, [setFlowCookie(token)]);
}
