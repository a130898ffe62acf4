/**
 * Step 1: ID + password. The only step without a flow: it starts one (at
 * `change_password` or `choose`, transitions.ts ENTRY_STAGES) and answers the
 * cookie that names it, replacing any sign-in this browser had under way.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { type SideWrites, writeNow } from "@/lib/database/side-writes";
import { AUTH_ACCOUNT_COLUMNS, type AuthAccountRow, toAuthAccount } from "../account";
import { audit, auditSql } from "../audit";
import { createFlow, deleteFlowSql, FLOW_COOKIE } from "../flow-store";
import { isKnownBrowser, KNOWN_BROWSER_COOKIE } from "../known-browser";
import { dummyPasswordHash, verifyPassword } from "../password";
import { auditableLoginId, normaliseLoginId, showsChooser } from "../policy";
import { checkSkip, skipCookieName } from "../remembered-browser";
import { claimAttempt, ipLimitedSql, recordIpFailure, resetFailuresSql, type Bucket } from "../throttle";
import type { RequestContext } from "./context";
import { goTo, type Outcome, refuse, setFlowCookie, withCookies } from "./outcome";
import { towardsFullMode } from "./full-mode";
import { STAGE_PATHS } from "./transitions";

export type PasswordInput = { loginId: unknown; password: unknown };

type AccountRow = AuthAccountRow & { ipLimited: boolean; passwordHash: string | null; mustChangePassword: boolean | null };

/**
 * One statement: whether the address is limited, and the account of the ID with
 * its password hash (none for an unknown or empty ID). A limited address uses
 * neither: it is answered before any hash.
 */
async function addressAndAccount(ip: string, loginId: string | null, now: Date) {
  const [row] = await getDb().$queryRaw<AccountRow[]>`
    SELECT ${ipLimitedSql(ip, now)} AS "ipLimited", a."passwordHash", a."mustChangePassword", ${AUTH_ACCOUNT_COLUMNS}
    FROM (SELECT 1) AS "one"
      LEFT JOIN "Account" a ON a."loginId" = ${loginId ?? null}
      LEFT JOIN "TotpCredential" t ON t."accountId" = a."id"`;
  const found = row?.accountId && row.passwordHash !== null;
  return {
    ipLimited: !!row?.ipLimited,
    account: found ? { ...toAuthAccount(row), passwordHash: row.passwordHash!, mustChangePassword: !!row.mustChangePassword } : null,
  };
}

export async function passwordStep(rc: RequestContext, input: PasswordInput): Promise<Outcome> {
  const { req, now } = rc;
  const loginId = normaliseLoginId(input.loginId);
  const password = typeof input.password === "string" ? input.password : "";
  const loggedId = auditableLoginId(loginId);
  const { ipLimited, account } = await addressAndAccount(req.ip, loginId, now);
  // A limited address gets the same answer before any work: no hash.
  if (ipLimited) {
    await audit("ip.limited", { loginId: loggedId }, req);
    return refuse("invalid_credentials");
  }

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

  // The cleared bucket, the audit line and the end of any sign-in this browser had under way
  // land in the statement that starts the new flow.
  const previous = rc.cookies.get(FLOW_COOKIE);
  let writes: SideWrites = [
    resetFailuresSql(account.id, [bucket]),
    auditSql("password.ok", { accountId: account.id, loginId }, req, { knownBrowser: known }),
    ...(previous && previous.length <= 100 ? [deleteFlowSql(previous)] : []),
  ];
  const chooser = showsChooser(account.role);
  if (account.mustChangePassword) {
    const { token } = await createFlow(account.id, "change_password", req, now, chooser ? {} : { mode: "FULL" }, writes);
    return goTo(STAGE_PATHS.change_password, [setFlowCookie(token)]);
  }
  if (chooser) {
    const { token } = await createFlow(account.id, "choose", req, now, {}, writes);
    return goTo(STAGE_PATHS.choose, [setFlowCookie(token)]);
  }
  // Sharoushi accounts never skip: a skip cookie sent for one is only logged as refused.
  const skipCookie = rc.cookies.get(skipCookieName(account.id));
  if (skipCookie) {
    await writeNow(writes); // before the refusal's line, in the order things happened
    writes = [];
    await checkSkip({ id: account.id, loginId, role: account.role }, skipCookie, req, now);
  }
  const { flow, token } = await createFlow(account.id, "choose", req, now, { mode: "FULL" }, writes);
  const { passwordHash: _hash, mustChangePassword: _change, ...full } = account;
  return withCookies(await towardsFullMode({ ...rc, flow, account: full }), [setFlowCookie(token)]);
}
