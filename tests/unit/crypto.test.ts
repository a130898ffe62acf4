import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decrypt, encrypt, randomDigits, randomToken } from "@/lib/auth/crypto";

describe("sealed secrets", () => {
  const key = randomBytes(32);
  it("round-trips with the same context", () => {
    const secret = randomBytes(20);
    expect(decrypt(key, encrypt(key, secret, "totp:a"), "totp:a").equals(secret)).toBe(true);
  });
  it("refuses another context (a secret copied to another account), another key, or a flipped bit", () => {
    const sealed = encrypt(key, randomBytes(20), "totp:a");
    expect(() => decrypt(key, sealed, "totp:b")).toThrow();
    expect(() => decrypt(randomBytes(32), sealed, "totp:a")).toThrow();
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0]! ^= 1;
    parts[3] = body.toString("base64url");
    expect(() => decrypt(key, parts.join("."), "totp:a")).toThrow();
  });
  it("refuses a truncated tag, even one that is a true prefix of the real tag", () => {
    const secret = randomBytes(20);
    const sealed = encrypt(key, secret, "totp:a");
    const parts = sealed.split(".");
    const tag = Buffer.from(parts[2]!, "base64url");
    expect(tag.length).toBe(16);
    for (const length of [4, 8, 12, 15]) {
      parts[2] = tag.subarray(0, length).toString("base64url");
      expect(() => decrypt(key, parts.join("."), "totp:a")).toThrow("unreadable sealed value");
    }
  });
});

describe("random values", () => {
  it("tokens carry 256 bits", () => {
    expect(Buffer.from(randomToken(), "base64url").length).toBe(32);
    expect(randomToken()).not.toBe(randomToken());
  });
  it("codes are n digits, leading zeros kept, roughly uniform", () => {
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 2000; i++) {
      const c = randomDigits(6);
      expect(c).toMatch(/^\d{6}$/);
      for (const d of c) counts[Number(d)]++;
    }
    for (const n of counts) expect(n).toBeGreaterThan(900); // 1200 expected each
  });
});
