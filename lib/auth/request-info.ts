/**
 * Who is asking, for audit lines and per-IP limits. Next fills
 * x-forwarded-for with the socket address when a request arrives without one;
 * behind proxies, TRUSTED_PROXY_COUNT says how many right-most entries they add.
 */
import "server-only";
import { headers } from "next/headers";

export type RequestInfo = { ip: string; userAgent: string };

export async function getRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return { ip: clientIp(h.get("x-forwarded-for")), userAgent: (h.get("user-agent") ?? "").slice(0, 300) };
}

export function clientIp(forwardedFor: string | null, trustedProxies = Number(process.env.TRUSTED_PROXY_COUNT ?? 0)): string {
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (hops.length === 0) return "unknown";
  const index = Math.max(0, hops.length - 1 - Math.max(0, trustedProxies));
  return hops[index]!.slice(0, 64);
}
