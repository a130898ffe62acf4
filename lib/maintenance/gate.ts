/**
 * The maintenance stop, called first by proxy.ts for every request (pages,
 * server actions, route handlers, downloads; not static files): while a window
 * runs, every one is answered here with 503, Retry-After and no-store, and a
 * page in the user's language saying until when — so sign-in is closed and no
 * session is usable without any route having to know. No database query per
 * request: the windows come from the process's cache (cache.ts, bounded by
 * MAINTENANCE_CACHE_SECONDS).
 *
 * /api/health answers 200 with {"status":"maintenance"} (ARCHITECTURE.md,
 * "Maintenance windows", says why): every instance is stopped alike, so a
 * balancer should keep them in and let them serve this page.
 */
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/config";
import { format } from "@/lib/i18n/message";
import { maintenanceEn } from "@/lib/i18n/messages/maintenance.en";
import { maintenanceJa } from "@/lib/i18n/messages/maintenance.ja";
import { cachedWindows } from "./cache";
import { noticeDays } from "./config";
import { formatServiceDateTime } from "./format";
import { maintenanceState, retryAfterSeconds } from "./state";

const TEST_CLOCK_HEADER = "x-tobira-test-now"; // lib/clock.ts (server-only, so not importable here)
export const HEALTH_PATH = "/api/health";

type GateRequest = { headers: Headers; cookies: { get(name: string): { value: string } | undefined }; nextUrl: { pathname: string } };

/** The request's time, as lib/clock.ts reads it: the test clock only when TOBIRA_TEST_CLOCK=1. */
export function proxyNow(headers: Headers): Date {
  // The proxy is an entry point: it reads the clock once and decides with it.
  const real = new Date(); // eslint-disable-line no-restricted-syntax -- entry point's clock
  if (process.env.TOBIRA_TEST_CLOCK !== "1") return real;
  const value = headers.get(TEST_CLOCK_HEADER);
  const at = value ? new Date(value) : null;
  return at && !Number.isNaN(at.getTime()) ? at : real;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The 503 answer while a window runs, or null to let the request through. */
export async function maintenanceGate(request: GateRequest): Promise<Response | null> {
  const windows = await cachedWindows();
  if (windows.length === 0) return null;
  const now = proxyNow(request.headers);
  const state = maintenanceState(windows, now, noticeDays());
  if (state.kind !== "active") return null;

  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const m = locale === "ja" ? maintenanceJa : maintenanceEn;
  const until = format(m.stopped.until, { end: formatServiceDateTime(state.until, locale) }, locale);
  const custom = locale === "ja" ? state.window.messageJa : state.window.messageEn;
  const retryAfter = String(retryAfterSeconds(now, state.until));
  const base = { "Retry-After": retryAfter, "Cache-Control": "no-store", "X-Tobira-Maintenance": "active" };

  if (request.nextUrl.pathname === HEALTH_PATH) {
    return Response.json({ status: "maintenance", until: state.until.toISOString() }, { status: 200, headers: base });
  }
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return Response.json({ error: "maintenance", message: `${m.stopped.body} ${until}`, until: state.until.toISOString() }, { status: 503, headers: base });
  }
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(m.stopped.title)} | Tobira</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; overflow-wrap: anywhere">
<h1 style="font-size: 1.4rem">${escape(m.stopped.title)}</h1>
<p role="alert" data-testid="maintenance-stopped">${escape(m.stopped.body)}</p>
<p><strong data-testid="maintenance-until">${escape(until)}</strong></p>
${custom ? `<p style="white-space: pre-line">${escape(custom)}</p>` : ""}
</body></html>`;
  return new Response(html, { status: 503, headers: { ...base, "Content-Type": "text/html; charset=utf-8" } });
}
