// TOTP against RFC 6238 Appendix B, and the rules we add on top: 6 digits,
// 30 s, ±1 step, never a step at or before the last accepted one.
import { describe, expect, it } from "vitest";
import { generateSync } from "otplib";
import { base32Encode, groupedKey, matchTotp, timeStepOf, totpCode, totpUri } from "@/lib/auth/totp";

const SHA1 = Buffer.from("12345678901234567890");
const SHA256 = Buffer.from("12345678901234567890123456789012");
const SHA512 = Buffer.from("1234567890123456789012345678901234567890123456789012345678901234");

// Appendix B: time, 8-digit TOTP for SHA1, SHA256, SHA512.
const VECTORS: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("RFC 6238 Appendix B", () => {
  it.each(VECTORS)("T=%i matches all three algorithms (8 digits)", (t, sha1, sha256, sha512) => {
    expect(generateSync({ secret: SHA1, epoch: t, digits: 8, algorithm: "sha1" })).toBe(sha1);
    expect(generateSync({ secret: SHA256, epoch: t, digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(generateSync({ secret: SHA512, epoch: t, digits: 8, algorithm: "sha512" })).toBe(sha512);
  });

  it.each(VECTORS)("our 6-digit SHA1 code at T=%i is the vector's last six digits", (t, sha1) => {
    expect(totpCode(SHA1, t)).toBe(sha1.slice(2));
    expect(matchTotp(SHA1, sha1.slice(2), { epochSeconds: t })).toBe(timeStepOf(t));
  });
});

describe("matchTotp", () => {
  const now = 1_800_000_015; // 15 s into a step
  const step = timeStepOf(now);

  it("accepts the previous, current and next step only", () => {
    expect(matchTotp(SHA1, totpCode(SHA1, now - 30), { epochSeconds: now })).toBe(step - 1);
    expect(matchTotp(SHA1, totpCode(SHA1, now), { epochSeconds: now })).toBe(step);
    expect(matchTotp(SHA1, totpCode(SHA1, now + 30), { epochSeconds: now })).toBe(step + 1);
    expect(matchTotp(SHA1, totpCode(SHA1, now - 60), { epochSeconds: now })).toBeNull();
    expect(matchTotp(SHA1, totpCode(SHA1, now + 60), { epochSeconds: now })).toBeNull();
  });

  it("refuses a step at or before the last accepted one (replay)", () => {
    const code = totpCode(SHA1, now);
    expect(matchTotp(SHA1, code, { epochSeconds: now, afterTimeStep: step })).toBeNull();
    expect(matchTotp(SHA1, code, { epochSeconds: now, afterTimeStep: step - 1 })).toBe(step);
    expect(matchTotp(SHA1, totpCode(SHA1, now - 30), { epochSeconds: now, afterTimeStep: step - 1 })).toBeNull();
  });

  it("a last step ahead of this clock (another instance runs fast) is a refusal, not an error", () => {
    for (const ahead of [step + 1, step + 2, step + 10, step + 100_000]) {
      for (const code of [totpCode(SHA1, now), totpCode(SHA1, now + 30), totpCode(SHA1, now + 300)]) {
        expect(() => matchTotp(SHA1, code, { epochSeconds: now, afterTimeStep: ahead })).not.toThrow();
        expect(matchTotp(SHA1, code, { epochSeconds: now, afterTimeStep: ahead })).toBeNull();
      }
    }
    // One step ahead still leaves none: the window ends at step + 1.
    expect(matchTotp(SHA1, totpCode(SHA1, now + 30), { epochSeconds: now, afterTimeStep: step })).toBe(step + 1);
  });

  it("refuses anything but six digits", () => {
    for (const bad of ["", "12345", "1234567", "12345a", " 123456", "１２３４５６"]) {
      expect(matchTotp(SHA1, bad, { epochSeconds: now })).toBeNull();
    }
  });
});

describe("enrolment data", () => {
  it("puts issuer and the login ID (and a nickname) in the otpauth URI", () => {
    const uri = new URL(totpUri(SHA1, "C001-00042", "本社"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Tobira:C001-00042 (本社)");
    expect(uri.searchParams.get("issuer")).toBe("Tobira");
    expect(uri.searchParams.get("secret")).toBe(base32Encode(SHA1));
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
  });

  it("groups the key by four for typing", () => {
    expect(groupedKey(SHA1)).toBe("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
  });
});
