/**
 * The per-request security headers proxy.ts puts on every response: a
 * nonce-based Content-Security-Policy and, when the deployment is HTTPS
 * (COOKIE_SECURE), Strict-Transport-Security. The static ones
 * (X-Frame-Options, nosniff, …) are in next.config.mjs.
 */
import { cookieSecure } from "./secure-transport";

/** Two years, this host only: a subdomain or the preload list is the deployment's own decision. */
export const HSTS_VALUE = "max-age=63072000";

/** A fresh nonce per response; Next puts it on its own scripts when it finds it in the request's CSP header. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts only with this response's nonce ('strict-dynamic' lets them load
 * Next's chunks). Styles: the stylesheet from 'self' and nonce-bearing
 * <style> elements; style="" attributes are allowed (style-src-attr) because
 * React and Next's built-in pages write some, and an attribute cannot hold a
 * selector, so it cannot read the page. Development adds what React's
 * tooling and hot reload need.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sets the CSP (and HSTS when the deployment is HTTPS) on a response. */
export function applySecurityHeaders(headers: Headers, csp: string) {
  headers.set("Content-Security-Policy", csp);
  if (cookieSecure()) headers.set("Strict-Transport-Security", HSTS_VALUE);
}
