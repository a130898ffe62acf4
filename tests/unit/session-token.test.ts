// The session cookie's value: a signed sid. Only what this server signed names a
// session; a made-up, altered, truncated or next-auth JWE value is no session.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { randomToken } from "@/lib/auth/crypto";
import { readSessionToken, signSessionToken } from "@/lib/auth/session-token";

describe("session token", () => {
  it("reads back the sid it signed", () => {
    const sid = randomToken();
    const token = signSessionToken(sid);
    expect(token.startsWith("s1.")).toBe(true);
    expect(readSessionToken(token)).toBe(sid);
  });

  it("refuses a changed sid, a changed or truncated MAC, and other shapes", () => {
    const sid = randomToken();
    const token = signSessionToken(sid);
    const other = randomToken();
    expect(readSessionToken(token.replace(sid, other))).toBeNull();
    const mac = token.slice(token.lastIndexOf(".") + 1);
    const flipped = (mac[0] === "A" ? "B" : "A") + mac.slice(1);
    expect(readSessionToken(token.replace(mac, flipped))).toBeNull();
    expect(readSessionToken(token.slice(0, -1))).toBeNull();
    expect(readSessionToken(`s1.${sid}.${randomBytes(32).toString("base64url")}`)).toBeNull();
    expect(readSessionToken(`s2.${token.slice(3)}`)).toBeNull();
    expect(readSessionToken(`s1.${sid}`)).toBeNull();
    expect(readSessionToken(`s1.${sid}.${mac}.${mac}`)).toBeNull();
    expect(readSessionToken("")).toBeNull();
    expect(readSessionToken(undefined)).toBeNull();
    expect(readSessionToken("x".repeat(10_000))).toBeNull();
    // next-auth's former cookie: a JWE (five base64url parts).
    expect(readSessionToken("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..abc.def.ghi")).toBeNull();
  });

  it("a MAC spelled with a second base64url encoding of the same bytes is refused", () => {
    const token = signSessionToken(randomToken());
    const mac = token.slice(token.lastIndexOf(".") + 1);
    // The last character of 43 carries 2 spare bits; a different spare bit decodes to the same bytes.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(mac.at(-1)!);
    const twin = mac.slice(0, -1) + alphabet[last ^ 1];
    expect(readSessionToken(token.slice(0, -mac.length) + twin)).toBeNull();
  });

  it("does not sign what is not a sid", () => {
    expect(() => signSessionToken("a.b")).toThrow();
    expect(() => signSessionToken("")).toThrow();
  });
});
