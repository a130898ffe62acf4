// Recovery codes: 80 bits from a look-alike-free alphabet, typed in groups,
// stored as an HMAC under a key derived from the server's secret.
import { describe, expect, it } from "vitest";
import { normaliseRecoveryCode } from "@/lib/auth/code-input";
import {
  isRecoveryCodeShape, newRecoveryCode, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_BITS, RECOVERY_CODE_LENGTH, RECOVERY_KEY_LABEL, recoveryCodeHash,
} from "@/lib/auth/recovery-code";
import { deriveKey } from "@/lib/auth/secrets";

describe("recovery code format", () => {
  it("carries at least 80 bits", () => {
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    expect(RECOVERY_CODE_LENGTH).toBe(16);
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(80);
  });

  it("is four groups of four from the alphabet, without 0/O or 1/I", () => {
    for (let i = 0; i < 200; i++) {
      const code = newRecoveryCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
      expect(isRecoveryCodeShape(normaliseRecoveryCode(code))).toBe(true);
    }
  });

  it("uses every letter of the alphabet about equally often", () => {
    const counts = new Map<string, number>();
    const n = 2000;
    for (let i = 0; i < n; i++) for (const ch of newRecoveryCode().replace(/-/g, "")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    const expected = (n * RECOVERY_CODE_LENGTH) / 32; // 1000 each
    for (const c of counts.values()) expect(Math.abs(c - expected)).toBeLessThan(expected * 0.2);
  });

  it("is forgiving as typed: case, spaces, hyphens, full width", () => {
    const code = "7KQ4-M2XD-H9TB-WN3R";
    for (const typed of ["7kq4 m2xd h9tb wn3r", "７ＫＱ４－Ｍ２ＸＤ－Ｈ９ＴＢ－ＷＮ３Ｒ", " 7KQ4M2XDH9TBWN3R ", "7kq4ーm2xd‐h9tb—wn3r"]) {
      expect(normaliseRecoveryCode(typed)).toBe(normaliseRecoveryCode(code));
    }
    expect(isRecoveryCodeShape(normaliseRecoveryCode(code))).toBe(true);
    expect(isRecoveryCodeShape("ABCDEFGHJK")).toBe(false); // the older 10-character format
    expect(isRecoveryCodeShape("0KQ4M2XDH9TBWN3R")).toBe(false); // 0 is not in the alphabet
  });
});

describe("recovery code hash", () => {
  const key = deriveKey("one deployment's secret", RECOVERY_KEY_LABEL);

  it("depends on the server key: another secret, or another label, gives another hash", () => {
    const h = recoveryCodeHash(key, "acc1", "7KQ4M2XDH9TBWN3R");
    expect(recoveryCodeHash(deriveKey("another deployment's secret", RECOVERY_KEY_LABEL), "acc1", "7KQ4M2XDH9TBWN3R")).not.toBe(h);
    expect(recoveryCodeHash(deriveKey("one deployment's secret", "tobira/other-purpose"), "acc1", "7KQ4M2XDH9TBWN3R")).not.toBe(h);
    expect(recoveryCodeHash(key, "acc1", "7KQ4M2XDH9TBWN3R")).toBe(h);
  });

  it("is bound to the account and never contains the code", () => {
    const h = recoveryCodeHash(key, "acc1", "7KQ4M2XDH9TBWN3R");
    expect(recoveryCodeHash(key, "acc2", "7KQ4M2XDH9TBWN3R")).not.toBe(h);
    expect(h).not.toContain("7KQ4");
    expect(key.length).toBe(32);
  });
});
