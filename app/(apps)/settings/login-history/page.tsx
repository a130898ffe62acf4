import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { listLoginHistory, LOGIN_HISTORY_LIMIT, type LoginHistoryEntry } from "@/lib/audit/login-history";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";
import type { Messages } from "@/lib/i18n/messages/ja";

const LOGIN_HISTORY_PATH = "/settings/login-history";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.audit.loginHistory.heading };
}

/**
 * 各種設定 → ログイン履歴: the account's own recent sign-ins and failures. A list of
 * small cards rather than a table, so a 320 px phone reads it without scrolling sideways.
 */
export default async function LoginHistoryPage() {
  const session = await requireSession({ capability: "settings", returnTo: LOGIN_HISTORY_PATH });
  const entries = await listLoginHistory(session);
  const { locale, t } = await getMessages();
  const h = t.audit.loginHistory;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <BackLink href="/settings">{t.selfService.common.backToSettings}</BackLink>
      <h1 className="text-2xl font-bold">{h.heading}</h1>
      <p className="text-stone-700">{format(h.lead, { count: LOGIN_HISTORY_LIMIT })}</p>
      {entries.length === 0 ? (
        <p className="text-stone-600" data-testid="login-history-empty">{h.empty}</p>
      ) : (
        <ol className="space-y-2" data-testid="login-history">
          {entries.map((e) => (
            <li key={e.id} data-testid="login-history-entry" data-outcome={e.outcome} className="rounded-xl border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <time dateTime={e.at.toISOString()} className="font-bold">{formatDateTime(e.at, locale)}</time>
                <span className={e.outcome === "success" ? "text-green-800" : "font-bold text-red-800"}>{h.outcome[e.outcome]}</span>
              </div>
              <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
                <dt className="text-stone-600">{h.mode}</dt>
                <dd>{modeLabel(e, h)}</dd>
                <dt className="text-stone-600">{h.browser}</dt>
                <dd className="break-words">{e.browser === "unknown" ? h.unknown : e.browser}</dd>
                <dt className="text-stone-600">{h.address}</dt>
                <dd className="break-all font-mono">{e.ip ?? h.unknown}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function modeLabel(e: LoginHistoryEntry, h: Messages["audit"]["loginHistory"]): string {
  return e.mode === "FULL" ? h.modeFull : e.mode === "LIMITED" ? h.modeLimited : h.modeNone;
}
