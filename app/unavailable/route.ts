// GET /unavailable — 503 with Retry-After: where a page, form post or server
// action lands when the database cannot be reached (lib/database/unavailable.ts).
// A route handler, not a page, because only a route handler sets its status.
// It never touches the database: the locale comes from the cookie alone.
import { cookies } from "next/headers";
import { RETRY_AFTER_SECONDS } from "@/lib/database/unavailable";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

export const dynamic = "force-dynamic";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export async function GET(request: Request) {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const t = messagesFor(locale);
  const message = format(t.errors.unavailable, { seconds: RETRY_AFTER_SECONDS });
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return Response.json({ error: "database_unavailable", message, retryAfterSeconds: RETRY_AFTER_SECONDS }, { status: 503, headers });
  }
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.errors.unavailableTitle)} | ${escape(t.meta.title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7">
<h1 style="font-size: 1.4rem">${escape(t.errors.unavailableTitle)}</h1>
<p role="alert">${escape(message)}</p>
<p><a href="/">${escape(t.common.backToTop)}</a></p>
</body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
