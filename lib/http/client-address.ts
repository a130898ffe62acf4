/**
 * The one source of the client's network address (failure limits, audit log).
 *
 * Next gives route handlers, server actions and pages no socket, and its
 * X-Forwarded-For is the client's own text whenever the client sends one
 * (Next only fills the header when it is missing). So at start-up
 * (instrumentation.ts) we stamp every request the Node HTTP server receives
 * with the TCP peer's address, in a header carrying a per-process random
 * token: a copy a client sends has no token and is ignored. Requests the
 * server received before the stamp was installed (the first moments of
 * start-up; in development, the first request) have no address: "unknown".
 *
 * Behind TRUSTED_PROXY_COUNT reverse proxies, the client is the entry that
 * many places from the right of X-Forwarded-For (each proxy appends the
 * address it received the request from); anything further left is the
 * client's own text.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";

export const SOCKET_ADDRESS_HEADER = "x-tobira-socket-address";

type HeaderReader = { get(name: string): string | null };
type Stamp = { token: string };

// On globalThis: instrumentation and the app's routes are separate bundles in one process.
const STAMP = Symbol.for("tobira.socket-address-stamp");
const holder = globalThis as typeof globalThis & { [STAMP]?: Stamp };

/** At start-up (instrumentation.ts): a bad TRUSTED_PROXY_COUNT stops the server with one line; then the stamp. */
export function prepareClientAddressAtStartup() {
  try {
    trustedProxyCount();
  } catch (err) {
    console.error(`[config] ${(err as Error).message}`);
    process.exit(1);
  }
  installSocketAddressStamp();
}

/** Patches the HTTP(S) servers of this process once. */
export function installSocketAddressStamp() {
  if (holder[STAMP]) return;
  const stamp: Stamp = { token: randomBytes(18).toString("base64url") };
  holder[STAMP] = stamp;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    // `emit` is looked up on the prototype at each call, so servers created before this line are covered too.
    Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[SOCKET_ADDRESS_HEADER] = `${stamp.token} ${req.socket?.remoteAddress ?? ""}`;
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}

/**
 * The header value the stamp gives a request from `address`: for code that builds
 * a request store itself, outside an HTTP server (the integration tests' TestBrowser).
 */
export function socketAddressStamp(address: string): string {
  installSocketAddressStamp();
  return `${holder[STAMP]!.token} ${address}`;
}

/** The TCP peer of this request as the server saw it, or null when the request carries no genuine stamp. */
export function socketAddress(h: HeaderReader): string | null {
  const stamp = holder[STAMP];
  const [token, address] = (h.get(SOCKET_ADDRESS_HEADER) ?? "").split(" ");
  if (!stamp || token !== stamp.token) return null;
  return normalizeAddress(address ?? "");
}

/** TRUSTED_PROXY_COUNT: a whole number ≥ 0; anything else stops start-up (instrumentation.ts). */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT): number {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d{1,2}$/.test(value.trim())) throw new Error(`TRUSTED_PROXY_COUNT must be a whole number of proxies (0 when none), not "${value.slice(0, 20)}"`);
  return Number(value);
}

/** The client's address: the socket's peer, or with N trusted proxies the entry N from the right of X-Forwarded-For. */
export function clientAddress(h: HeaderReader, trustedProxies = trustedProxyCount()): string {
  const socket = socketAddress(h) ?? "unknown";
  if (trustedProxies <= 0) return socket;
  const hops = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  // Fewer entries than proxies: the request did not come through all of them, so the socket's peer is the truth.
  if (hops.length < trustedProxies) return socket;
  return normalizeAddress(hops[hops.length - trustedProxies]!) ?? socket;
}

/** An IP address as text (IPv4-mapped IPv6 shown as IPv4), or null for anything else. */
function normalizeAddress(value: string): string | null {
  const address = value.startsWith("::ffff:") && isIP(value.slice(7)) === 4 ? value.slice(7) : value;
  return isIP(address) ? address : null;
}
