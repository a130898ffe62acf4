/** Authenticator codes computed from a stored or displayed key, as the user's phone would. */
import { ScureBase32Plugin, generateSync } from "otplib";

const base32 = new ScureBase32Plugin();

export function totpNow(key: string, offsetSteps = 0): string {
  const secret = base32.decode(key.replace(/\s/g, ""));
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/** A code from a time step not used yet: waits for the next step if `used` is the current one. */
export async function freshTotp(key: string, used: Set<string>): Promise<string> {
  for (;;) {
    const code = totpNow(key);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
