/**
 * The session cookie's value: "s1.<sid>.<mac>", the session row's id and an
 * HMAC-SHA256 of it under a key derived once per process from AUTH_SECRET
 * (secrets.ts `derivedKey`). The sid is itself a random 256-bit secret; the MAC
 * lets a request whose cookie was made up or altered be refused without a
 * database read, and a changed AUTH_SECRET end every cookie. Everything else
 * (account, mode, time-outs, revocation) is in the row. An unreadable value —
 * forged, tampered, next-auth's former encrypted JWT — is simply no session.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedKey } from "./secrets";

const PREFIX = "s1.";
const SID = /^[A-Za-z0-9_-]{20,100}$/;
// 32 bytes of SHA-256 in base64url without padding.
const MAC_LENGTH = 43;

function mac(sid: string): Buffer {
  return createHmac("sha256", derivedKey("session-cookie")).update(PREFIX + sid).digest();
}

export function signSessionToken(sid: string): string {
  if (!SID.test(sid)) throw new Error("not a session id");
  return `${PREFIX}${sid}.${mac(sid).toString("base64url")}`;
}

/** The sid the value names, or null when it is not one we signed. */
export function readSessionToken(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 200 || !value.startsWith(PREFIX)) return null;
  const dot = value.lastIndexOf(".");
  const sid = value.slice(PREFIX.length, dot);
  const given = value.slice(dot + 1);
  if (!SID.test(sid) || given.length !== MAC_LENGTH) return null;
  const expected = mac(sid);
  const actual = Buffer.from(given, "base64url");
  // Re-encoding rules out a second spelling of the same bytes.
  if (actual.length !== expected.length || actual.toString("base64url") !== given) return null;
  return timingSafeEqual(actual, expected) ? sid : null;
}
