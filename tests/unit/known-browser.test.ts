import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
  process.env.TOTP_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
});

describe("known-browser tags", async () => {
  const { isKnownBrowser, parseKnownTags, withKnownTag } = await import("@/lib/auth/known-browser");
  it("tags are opaque and per account", () => {
    const v = withKnownTag(undefined, "acc-1");
    expect(v).not.toContain("acc-1");
    expect(isKnownBrowser(v, "acc-1")).toBe(true);
    expect(isKnownBrowser(v, "acc-2")).toBe(false);
  });
  it("keeps the ten most recent accounts, newest first, without duplicates", () => {
    let v: string | undefined;
    for (let i = 0; i < 12; i++) v = withKnownTag(v, `acc-${i}`);
    v = withKnownTag(v, "acc-11");
    expect(parseKnownTags(v)).toHaveLength(10);
    expect(isKnownBrowser(v, "acc-11")).toBe(true);
    expect(isKnownBrowser(v, "acc-0")).toBe(false);
  });
  it("ignores forged or malformed values", () => {
    expect(isKnownBrowser("garbage", "acc-1")).toBe(false);
    expect(isKnownBrowser("a".repeat(22), "acc-1")).toBe(false);
    expect(parseKnownTags("x.y.z")).toEqual([]);
  });
});
