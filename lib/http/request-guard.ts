/**
 * Refuses, before Next's server-action handler sees them, the writes that
 * handler would answer with a 500: a POST (any unsafe method) from another
 * origin or from an opaque one (`Origin: null`), a body larger than the
 * action body limit, and a server-action call (POST with `Next-Action`) whose
 * body is not React's reply encoding. Answers 403 / 413 / 411 / 415 / 400 with
 * a short page or JSON in the user's language. Used by proxy.ts on every
 * path; no database.
 */
import { replyReferencesResolve } from "@/lib/http/action-reply";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/config";
import { en } from "@/lib/i18n/messages/en";
import { ja } from "@/lib/i18n/messages/ja";

/** Next's default `serverActions.bodySizeLimit` ("1 MB" = 1 MiB); next.config.mjs leaves it at that. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type Refusal = { status: 400 | 403 | 411 | 413 | 415; reason: "origin" | "length" | "size" | "type" | "body" };

type GuardedRequest = { method: string; headers: { get(name: string): string | null } };

/** Why this request must not reach a server action, or null when it may. */
export function refusalFor(request: GuardedRequest): Refusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const h = request.headers;
  if (!sameOrigin(h)) return { status: 403, reason: "origin" };
  const size = sizeRefusal(h);
  if (size) return size;
  if (isActionCall(request) && !actionEncoding(h.get("content-type"))) return { status: 415, reason: "type" };
  return null;
}

function sizeRefusal(h: GuardedRequest["headers"]): Refusal | null {
  const length = h.get("content-length");
  if (length === null) {
    // Browsers always send a length with form and action bodies; a chunked body's size is unknown until read.
    return h.get("transfer-encoding") ? { status: 411, reason: "length" } : null;
  }
  if (!/^\d+$/.test(length.trim()) || Number(length) > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "size" };
  return null;
}

/** A server-action call as Next's action handler tells one: a POST with the Next-Action header. */
function isActionCall(request: GuardedRequest): boolean {
  return request.method.toUpperCase() === "POST" && request.headers.get("next-action") !== null;
}

/**
 * How an action call's arguments are encoded, or null when Next could not
 * decode them. Next's client sends React's reply encoding: multipart with a
 * boundary, or, when the arguments need no other part, the JSON text alone
 * (fetch labels a string body text/plain). Next takes "multipart" by a
 * case-sensitive prefix and reads anything else as the JSON text, so the
 * rules follow it exactly; a no-JavaScript form post carries no Next-Action.
 */
function actionEncoding(contentType: string | null): "multipart" | "json" | null {
  if (contentType === null) return null;
  const essence = contentType.split(";")[0]!.trim();
  if (contentType.startsWith("multipart/form-data")) {
    return essence === "multipart/form-data" && /;\s*boundary=("[^"]+"|[^\s;"]+)/i.test(contentType) ? "multipart" : null;
  }
  return essence.toLowerCase() === "text/plain" ? "json" : null;
}

/**
 * For an action call that passed refusalFor, reads a copy of the body (at
 * most the action body limit, which refusalFor enforced) and refuses it with
 * a 400 unless its root (the whole text, or the multipart field "0") is a
 * JSON array: the action's argument list, which Next hands to the action as
 * is (a multipart call without it never ends decoding), and unless every part
 * it refers to is there (action-reply.ts). Any other request
 * reads nothing and passes.
 */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  if (!isActionCall(request)) return null;
  let root: unknown;
  let part: (name: string) => string | File | undefined = () => undefined; // a text/plain body is part 0 alone
  try {
    if (actionEncoding(request.headers.get("content-type")) === "multipart") {
      const form = await request.clone().formData();
      const field = form.get("0");
      root = typeof field === "string" ? JSON.parse(field) : null;
      part = (name) => form.get(name) ?? undefined;
    } else {
      root = JSON.parse(await request.clone().text());
    }
  } catch {
    root = null; // a multipart body that does not parse, or JSON that does not
  }
  return Array.isArray(root) && replyReferencesResolve(root, part) ? null : { status: 400, reason: "body" };
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
  const message = {
    origin: t.foreignOrigin,
    size: t.tooLarge,
    length: t.lengthRequired,
    type: t.unsupportedType,
    body: t.unreadableBody,
  }[refusal.reason];
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
