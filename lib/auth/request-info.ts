/**
 * Who is asking, for audit lines and per-IP limits. The address comes from
 * lib/http/client-address.ts (the socket's peer, or what trusted proxies
 * appended), never from a header the client can write.
 */
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";

export type RequestInfo = { ip: string; userAgent: string };

export async function getRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return { ip: clientAddress(h), userAgent: (h.get("user-agent") ?? "").slice(0, 300) };
}
