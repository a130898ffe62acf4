/**
 * Server secrets: the session-signing secret (AUTH_SECRET) and the key that
 * encrypts TOTP secrets at rest (TOTP_ENCRYPTION_KEY, 32 bytes base64).
 * Configuration wins; the embedded default creates them once in its data
 * folder (mode 0600) so the quick start needs no set-up. Several app
 * instances must share the configured values. Keys for other purposes are
 * derived from AUTH_SECRET with a label each (`derivedKey`), never reused as is.
 */
import { hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Secrets = { authSecret: string; totpKey: Buffer };

let cached: Secrets | undefined;

function secretsFile(): string {
  const dir = process.env.TOBIRA_SECRETS_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".data");
  return path.join(dir, "secrets.json");
}

function fromFile(): { authSecret: string; totpKey: string } {
  const file = secretsFile();
  if (existsSync(/*turbopackIgnore: true*/ file)) return JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  const created = { authSecret: randomBytes(32).toString("base64url"), totpKey: randomBytes(32).toString("base64") };
  mkdirSync(path.dirname(file), { recursive: true });
  // "wx": if another process created it first, use theirs.
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, JSON.stringify(created), { mode: 0o600, flag: "wx" });
    return created;
  } catch {
    return JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  }
}

export function getSecrets(): Secrets {
  if (cached) return cached;
  const envAuth = process.env.AUTH_SECRET;
  const envKey = process.env.TOTP_ENCRYPTION_KEY;
  const file = envAuth && envKey ? undefined : fromFile();
  const totpKey = Buffer.from(envKey ?? file!.totpKey, "base64");
  if (totpKey.length !== 32) throw new Error("TOTP_ENCRYPTION_KEY: must be 32 bytes, base64-encoded");
  cached = { authSecret: envAuth ?? file!.authSecret, totpKey };
  return cached;
}

/** A 32-byte key for one purpose, from `secret` and a label that names the purpose (HKDF-SHA256). */
export function deriveKey(secret: string, label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "tobira", label, 32));
}

const derived = new Map<string, Buffer>();

/** The key for `label`, derived from this deployment's AUTH_SECRET. */
export function derivedKey(label: string): Buffer {
  let key = derived.get(label);
  if (!key) derived.set(label, (key = deriveKey(getSecrets().authSecret, label)));
  return key;
}
