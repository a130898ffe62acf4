/**
 * Initial passwords the server makes for new accounts: 12 characters from an
 * alphabet without look-alikes (no 0/O, 1/l/I), in groups of four so they can
 * be read out or copied by hand — about 70 bits. Pure; the CSPRNG only.
 */
import { randomInt } from "node:crypto";
import { checkNewPassword } from "@/lib/auth/password-policy";

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateInitialPassword(loginId = ""): string {
  for (;;) {
    let raw = "";
    for (let i = 0; i < 12; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
    const password = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
    if (!checkNewPassword(password, loginId)) return password;
  }
}
