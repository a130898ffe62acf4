/**
 * TOTP (RFC 6238) on top of otplib: 6 digits, 30 s, ±1 step. Pure functions;
 * replay protection (last accepted time step) is enforced by the caller in the
 * database, where two parallel submissions can be told apart.
 */
import { randomBytes } from "node:crypto";
import { ScureBase32Plugin, generateSync, verifySync } from "otplib";

export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ISSUER = "Tobira";

const base32 = new ScureBase32Plugin();

export function newTotpSecret(): Buffer {
  return randomBytes(20); // 160 bits, as RFC 4226 recommends
}

export function base32Encode(secret: Uint8Array): string {
  return base32.encode(secret, { padding: false });
}

/** The key as users type it: groups of four. */
export function groupedKey(secret: Uint8Array): string {
  return base32Encode(secret).match(/.{1,4}/g)!.join(" ");
}

export function totpUri(secret: Uint8Array, loginId: string, nickname?: string | null): string {
  // The label carries the login ID, so several accounts on one phone are told apart;
  // an optional nickname is added for the user's own eyes.
  const name = nickname ? `${loginId} (${nickname})` : loginId;
  const label = `${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(name)}`;
  const params = new URLSearchParams({
    secret: base32Encode(secret),
    issuer: TOTP_ISSUER,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** The code an Authenticator shows at `epochSeconds` (by default now: for tests and the benchmark; no decision calls it). */
// eslint-disable-next-line no-restricted-syntax -- a code generator, not a decision (decisions use matchTotp with the request's time)
export function totpCode(secret: Uint8Array, epochSeconds = Date.now() / 1000): string {
  return generateSync({ secret, epoch: Math.floor(epochSeconds), period: TOTP_PERIOD, digits: TOTP_DIGITS });
}

export function timeStepOf(epochSeconds: number): number {
  return Math.floor(epochSeconds / TOTP_PERIOD);
}

/**
 * The time step the code belongs to, or null. Accepts the previous, current and
 * next step (clock drift), and nothing at or before `afterTimeStep`.
 */
export function matchTotp(
  secret: Uint8Array,
  code: string,
  opts: { epochSeconds: number; afterTimeStep?: number | null },
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(opts.epochSeconds);
  // otplib 13 throws (AfterTimeStepRangeExceededError) when afterTimeStep is past the
  // newest step it would try. That happens when another instance, whose clock runs
  // ahead, accepted a code: no step here can be newer, so it is a plain refusal.
  if (opts.afterTimeStep != null && opts.afterTimeStep >= timeStepOf(epoch + TOTP_PERIOD)) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch,
    period: TOTP_PERIOD,
    digits: TOTP_DIGITS,
    epochTolerance: TOTP_PERIOD,
    ...(opts.afterTimeStep != null ? { afterTimeStep: opts.afterTimeStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
