/**
 * ライセンス管理 changes: a sharoushi account (full session) of the office
 * chooses which apps a client company uses. The company must belong to the
 * caller's office: another office's company reads exactly like one that does
 * not exist. Every change is audit-logged with the before/after sets.
 *
 * No cache: the apps' gate (queries.ts) reads AppLicence on every call, so a
 * change takes effect on the next request of every instance.
 */
import "server-only";
import { audit } from "@/lib/auth/audit";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";
import { officeOf } from "@/lib/office/access";
import { APP_KINDS, type AppKind } from "./queries";

export type LicenceChangeResult = { ok: true; changed: boolean } | { ok: false; error: "forbidden" | "not_found" };

/** Sets the company's apps to exactly `inUse` (every other app becomes 未使用). */
export async function setCompanyLicences(
  session: Session,
  companyId: unknown,
  inUse: readonly AppKind[],
  req: RequestInfo | null,
): Promise<LicenceChangeResult> {
  const officeId = officeOf(session);
  const company =
    officeId && isRecordId(companyId)
      ? await getDb().company.findFirst({ where: { id: companyId, officeId }, select: { id: true, code: true, licences: { select: { app: true, inUse: true } } } })
      : null;
  if (!company) {
    await audit("office.refused", { accountId: session.accountId, loginId: session.loginId }, req, {
      action: "licences",
      target: isRecordId(companyId) ? companyId : null,
    });
    return { ok: false, error: officeId ? "not_found" : "forbidden" };
  }
  const wanted = new Set(inUse);
  const before = APP_KINDS.filter((app) => company.licences.some((l) => l.app === app && l.inUse));
  const after = APP_KINDS.filter((app) => wanted.has(app));
  if (before.join() === after.join()) return { ok: true, changed: false };
  await getDb().$transaction([
    ...APP_KINDS.map((app) =>
      getDb().appLicence.upsert({
        where: { companyId_app: { companyId: company.id, app } },
        create: { companyId: company.id, app, inUse: wanted.has(app) },
        update: { inUse: wanted.has(app) },
      }),
    ),
  ]);
  await audit("licence.changed", { accountId: session.accountId, loginId: session.loginId }, req, {
    companyId: company.id,
    companyCode: company.code,
    before,
    after,
  });
  return { ok: true, changed: true };
}
