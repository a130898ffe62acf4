// Runs before every page, action and route handler (not static files):
// 1. refuses cross-origin and oversized writes, and server-action calls whose
//    body Next cannot decode, before Next's action handler, which would answer
//    them with a 500 (lib/http/request-guard.ts);
// 2. optimistic redirects only: no session cookie on an app path → /login. It
//    never reads the database and is never the guard: every page, action and
//    route checks the session itself (lib/auth/session.ts);
// 3. a fresh CSP nonce per request, plus HSTS (lib/http/security-headers.ts).
// Before all of these, a running maintenance window answers every request with
// 503 (lib/maintenance/gate.ts; no database query per request).
import { NextResponse, type NextRequest } from "next/server";
import { actionBodyRefusal, refusalFor, refusalResponse } from "@/lib/http/request-guard";
import { maintenanceGate } from "@/lib/maintenance/gate";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const APP_PATHS = ["/home", "/attendance", "/payslips", "/settings", "/office"];

function needsSession(pathname: string): boolean {
  return pathname === "/step-up" || APP_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const response = await route(request, csp);
  applySecurityHeaders(response.headers, csp);
  return response;
}

async function route(request: NextRequest, csp: string): Promise<Response> {
  const stopped = await maintenanceGate(request);
  if (stopped) return stopped;
  // The body is read only for a server-action call (Next-Action) that passed the header checks.
  const refusal = refusalFor(request) ?? (await actionBodyRefusal(request));
  if (refusal) return refusalResponse(refusal, request.headers);

  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (needsSession(pathname) && !hasSession) {
    // Next insists on an absolute URL here and turns one on the request URL's own (bind)
    // host into a relative Location, so the browser stays on the host it used.
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }

  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
