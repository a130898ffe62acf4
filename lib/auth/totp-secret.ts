/**
 * TOTP secrets at rest: AES-256-GCM under TOTP_ENCRYPTION_KEY, bound to the
 * account id (a sealed secret copied to another account does not open).
 * Not marked server-only so seed scripts can enrol demo accounts; it is never
 * imported by client code.
 */
import { decrypt, encrypt } from "./crypto";
import { getSecrets } from "./secrets";

export function sealTotpSecret(accountId: string, secret: Buffer): string {
  return encrypt(getSecrets().totpKey, secret, `totp:${accountId}`);
}

export function openTotpSecret(accountId: string, sealed: string): Buffer {
  return decrypt(getSecrets().totpKey, sealed, `totp:${accountId}`);
}
