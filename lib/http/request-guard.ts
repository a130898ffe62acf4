/**
 * Refuses, before Next's server-action handler sees them, the writes that
 * handler would answer with a 500: a POST (any unsafe method) from another
 * origin or from an opaque one (`Origin: null`), and a body larger than the
 * action body limit. Answers 403 / 413 / 411 with a short page or JSON in the
 * user's language. Used by proxy.ts on every path; pure, no database.
 */
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/config";
import { en } from "@/lib/i18n/messages/en";
import { ja } from "@/lib/i18n/messages/ja";

/** Next's default `serverActions.bodySizeLimit` ("1 MB" = 1 MiB); next.config.mjs leaves it at that. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Refusal = { status: 403 | 411 | 413; reason: "origin" | "length" | "size" };

type GuardedRequest = { method: string; headers: { get(name: string): string | null } };

/** Why this request must not reach a server action, or null when it may. */
export function refusalFor(request: GuardedRequest): Refusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const h = request.headers;
  if (!sameOrigin(h)) return { status: 403, reason: "origin" };
  const length = h.get("content-length");
  if (length === null) {
    // Browsers always send a length with form and action bodies; a chunked body's size is unknown until read.
    return h.get("transfer-encoding") ? { status: 411, reason: "length" } : null;
  }
  if (!/^\d+$/.test(length.trim()) || Number(length) > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "size" };
  return null;
}

/**
 * The request's own origin, as Next's action handler judges it: Origin's host
 * equals X-Forwarded-Host (first entry) or else Host. A missing Origin passes
 * (a hand-made request, which carries no victim's cookies), as in Next; a
 * browser that says the request is cross-site or same-site is refused even
 * without one.
 */
function sameOrigin(h: GuardedRequest["headers"]): boolean {
  const site = h.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return false;
  const origin = h.get("origin");
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frame, data: URL, …) throws
  } catch {
    return false;
  }
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
  return !!host && originHost === host;
}

/** A short refusal: JSON for scripts and actions, a small page for a browser's form post. */
export function refusalResponse(refusal: Refusal, h: GuardedRequest["headers"]): Response {
  const locale = localeOf(h.get("cookie"));
  const t = (locale === "en" ? en : ja).errors;
  const message = refusal.reason === "origin" ? t.foreignOrigin : refusal.reason === "size" ? t.tooLarge : t.lengthRequired;
  const headers = { "Cache-Control": "no-store", "Content-Language": locale };
  if ((h.get("accept") ?? "").includes("text/html")) {
    const page = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${refusal.status}</title><p>${message}</p><p><a href="/">${(locale === "en" ? en : ja).common.backToTop}</a></p></html>`;
    return new Response(page, { status: refusal.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  }
  return Response.json({ error: message }, { status: refusal.status, headers });
}

function localeOf(cookieHeader: string | null): Locale {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return DEFAULT_LOCALE;
}
