// The client's address comes from the socket (stamped by the HTTP server), or
// from what trusted proxies appended: never from a header the client wrote.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, installSocketAddressStamp, SOCKET_ADDRESS_HEADER, socketAddress, trustedProxyCount } from "@/lib/http/client-address";

let server: http.Server;
let base: string;
let seen: Headers;

// A plain Node server stands in for Next's: the stamp patches every http.Server of the process.
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  installSocketAddressStamp();
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function received(headers: Record<string, string>): Promise<Headers> {
  await (await fetch(base, { headers })).text();
  return seen;
}

describe("without proxies (TRUSTED_PROXY_COUNT=0)", () => {
  it("is the socket's address whatever X-Forwarded-For says", async () => {
    for (const forged of ["203.0.113.7", "203.0.113.7, 198.51.100.1", "unknown", ""]) {
      const h = await received(forged ? { "x-forwarded-for": forged } : {});
      expect(clientAddress(h, 0)).toBe("127.0.0.1");
    }
  });

  it("ignores a stamp header the client sends itself", async () => {
    const h = await received({ [SOCKET_ADDRESS_HEADER]: "anything 203.0.113.7" });
    expect(socketAddress(h)).toBe("127.0.0.1");
    // A request that never passed through the stamped server (or arrived before it): no genuine stamp.
    expect(socketAddress(new Headers({ [SOCKET_ADDRESS_HEADER]: "anything 203.0.113.7" }))).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBe("unknown");
  });
});

describe("behind N trusted proxies", () => {
  it("takes the entry N from the right: what the proxies appended, not the client's text", async () => {
    // client sent "1.1.1.1"; proxy 1 appended the client (203.0.113.7); proxy 2 appended proxy 1 (10.0.0.2).
    const h = await received({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2" });
    expect(clientAddress(h, 1)).toBe("10.0.0.2");
    expect(clientAddress(h, 2)).toBe("203.0.113.7");
    expect(clientAddress(h, 3)).toBe("1.1.1.1");
  });

  it("falls back to the socket when the header is missing, too short or not an address", async () => {
    expect(clientAddress(await received({}), 1)).toBe("127.0.0.1");
    expect(clientAddress(await received({ "x-forwarded-for": "203.0.113.7" }), 2)).toBe("127.0.0.1");
    expect(clientAddress(await received({ "x-forwarded-for": "1.1.1.1, <script>" }), 1)).toBe("127.0.0.1");
  });

  it("shows IPv4-mapped IPv6 addresses as IPv4 and keeps IPv6", async () => {
    expect(clientAddress(await received({ "x-forwarded-for": "::ffff:203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientAddress(await received({ "x-forwarded-for": "2001:db8::1" }), 1)).toBe("2001:db8::1");
  });
});

describe("TRUSTED_PROXY_COUNT", () => {
  it("is a small whole number; anything else is refused", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    for (const bad of ["-1", "1.5", "two", "1e3"]) expect(() => trustedProxyCount(bad)).toThrow(/TRUSTED_PROXY_COUNT/);
  });
});
