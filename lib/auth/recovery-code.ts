/**
 * Recovery codes, the pure part: their format and their keyed hash. A code is
 * 16 characters from a 32-letter alphabet without look-alikes (80 bits), shown
 * in four groups of four ("7KQ4-M2XD-…") for typing; the database keeps only
 * HMAC-SHA256 under a server key, so a dump of the table cannot be tried
 * offline without the key (an unsalted SHA-256 of a short code could).
 */
import { randomBytes } from "node:crypto";
import { hmac } from "./crypto";

export const RECOVERY_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I
export const RECOVERY_CODE_LENGTH = 16;
/** log2(32) × 16 = 80. */
export const RECOVERY_CODE_BITS = Math.log2(RECOVERY_CODE_ALPHABET.length) * RECOVERY_CODE_LENGTH;
/** The label that separates this key from every other use of the auth secret. */
export const RECOVERY_KEY_LABEL = "tobira/recovery-code/v1";

const SHAPE = new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`);

/** A new code as shown to the user: four groups of four, joined by hyphens. */
export function newRecoveryCode(): string {
  // 32 divides 256, so each byte modulo 32 is uniform: 5 random bits per character.
  const bytes = randomBytes(RECOVERY_CODE_LENGTH);
  const chars = [...bytes].map((b) => RECOVERY_CODE_ALPHABET[b % RECOVERY_CODE_ALPHABET.length]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** Whether a normalised input (code-input.ts: no spaces or hyphens, upper case) can be a code at all. */
export function isRecoveryCodeShape(normalised: string): boolean {
  return SHAPE.test(normalised);
}

/** What the database stores: bound to the account, keyed by the server. */
export function recoveryCodeHash(key: Buffer, accountId: string, normalised: string): string {
  return hmac(key, `${accountId}:${normalised}`);
}
