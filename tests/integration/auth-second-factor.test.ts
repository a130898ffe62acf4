// Second factors through the data layer on a real database: a TOTP code is
// accepted once (also under parallel submissions); e-mailed codes are single
// use, bound to their flow, die after five wrong guesses; recovery codes once.
import { describe, expect, it } from "vitest";
import { testRequest, createTestAccount } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { acceptTotp, checkTotp, replaceRecoveryCodes, redeemRecoveryCode } from "@/lib/auth/second-factor";
import { consumeEmailCode, emailCodeState, MAX_CODE_ATTEMPTS } from "@/lib/auth/email-code";
import { plantSignInCode } from "../support/mailed-codes";
import { createFlow, flowByToken } from "@/lib/auth/flow-store";
import { sha256 } from "@/lib/auth/crypto";
import { timeStepOf, totpCode } from "@/lib/auth/totp";
import { normaliseRecoveryCode } from "@/lib/auth/code-input";
import { RECOVERY_KEY_LABEL, recoveryCodeHash } from "@/lib/auth/recovery-code";
import { deriveKey } from "@/lib/auth/secrets";

describe(`second factors (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  it("accepts a TOTP code once; the replay is refused", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const now = new Date();
    const code = totpCode(secret!, now.getTime() / 1000);
    expect(await acceptTotp(account.id, code, now)).toBe(true);
    expect(await acceptTotp(account.id, code, now)).toBe(false);
    // An older code (previous step) is refused too once a newer one was used.
    const earlier = totpCode(secret!, now.getTime() / 1000 - 30);
    expect(await acceptTotp(account.id, earlier, now)).toBe(false);
  });

  it("tells a replayed code (right, already used: wait for the next) from a wrong one; neither passes", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const now = new Date();
    const code = totpCode(secret!, now.getTime() / 1000);
    const far = totpCode(secret!, now.getTime() / 1000 + 600); // ten minutes ahead: outside the window
    expect(await checkTotp(account.id, far, now)).toBe("wrong");
    expect(await checkTotp(account.id, code, now)).toBe("ok");
    expect(await checkTotp(account.id, code, now)).toBe("reused");
    expect(await checkTotp(account.id, totpCode(secret!, now.getTime() / 1000 - 30), now)).toBe("reused");
    expect(await checkTotp(account.id, far, now)).toBe("wrong");
    // The replay moved nothing: the next step's code is still accepted, once.
    const next = new Date(now.getTime() + 30_000);
    expect(await checkTotp(account.id, totpCode(secret!, next.getTime() / 1000), next)).toBe("ok");
  });

  it("of parallel submissions of one code, the losers are told it was already used", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const now = new Date();
    const code = totpCode(secret!, now.getTime() / 1000);
    const results = await Promise.all(Array.from({ length: 6 }, () => checkTotp(account.id, code, now)));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "reused")).toHaveLength(5);
  });

  it("of eight parallel submissions of one code, exactly one wins", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const now = new Date();
    const code = totpCode(secret!, now.getTime() / 1000);
    const results = await Promise.all(Array.from({ length: 8 }, () => acceptTotp(account.id, code, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("a stored last step ahead of this instance's clock refuses the code without an error", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const now = new Date();
    const ahead = timeStepOf(now.getTime() / 1000) + 5; // another instance, its clock 2.5 minutes fast
    await db().client.totpCredential.update({ where: { accountId: account.id }, data: { lastTimeStep: ahead } });
    await expect(acceptTotp(account.id, totpCode(secret!, now.getTime() / 1000), now)).resolves.toBe(false);
    expect((await db().client.totpCredential.findUniqueOrThrow({ where: { accountId: account.id } })).lastTimeStep).toBe(ahead);
    // Once this clock has passed that step, codes are accepted again.
    const later = new Date((ahead + 1) * 30_000 + 1_000);
    await expect(acceptTotp(account.id, totpCode(secret!, later.getTime() / 1000), later)).resolves.toBe(true);
  });

  it("does not accept a code for an unconfirmed credential as a sign-in", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    await db().client.totpCredential.update({ where: { accountId: account.id }, data: { confirmedAt: null } });
    const now = new Date();
    expect(await acceptTotp(account.id, totpCode(secret!, now.getTime() / 1000), now)).toBe(false);
  });

  it("e-mailed codes: single use under parallel submissions, bound to their flow", async () => {
    const { account } = await createTestAccount(db().client);
    const { flow, token } = await createFlow(account.id, "second_factor", testRequest, new Date());
    const other = await createFlow(account.id, "second_factor", testRequest, new Date());
    const expires = new Date(Date.now() + 30 * 60_000);
    // Store a known code the way issueEmailCode does (its keyed hash, bound to the flow id).
    await plantSignInCode(db().client, flow, "123456", expires);
    const fresh = (await flowByToken(token, new Date()))!;
    // The same code typed into another flow is wrong there.
    const otherFlow = (await flowByToken(other.token, new Date()))!;
    expect(await consumeEmailCode(otherFlow, "123456", new Date())).toBe("none");
    const results = await Promise.all(Array.from({ length: 6 }, () => consumeEmailCode(fresh, "123456", new Date())));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(await emailCodeState(fresh, new Date())).toBeNull();
  });

  it("e-mailed codes expire after their time and die after five wrong guesses", async () => {
    const { account } = await createTestAccount(db().client);
    const { flow, token } = await createFlow(account.id, "second_factor", testRequest, new Date());
    await plantSignInCode(db().client, flow, "654321", new Date(Date.now() + 60_000));
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await consumeEmailCode((await flowByToken(token, new Date()))!, "654321", later)).toBe("expired");

    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) expect(await consumeEmailCode((await flowByToken(token, new Date()))!, "000000", new Date())).toBe("wrong");
    // The right code no longer works: a new one must be sent.
    expect(await consumeEmailCode((await flowByToken(token, new Date()))!, "654321", new Date())).toBe("none");
  });

  it("recovery codes work once each and are stored as a keyed hash", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const codes = await replaceRecoveryCodes(account.id);
    expect(codes).toHaveLength(10);
    const normalised = normaliseRecoveryCode(codes[0]);
    const stored = await db().client.recoveryCode.findMany({ where: { accountId: account.id } });
    expect(stored.some((r) => codes.some((c) => r.codeHash.includes(normaliseRecoveryCode(c))))).toBe(false);
    // Not the hash anyone could compute from a dump: neither plain SHA-256 nor an HMAC under another key.
    const hashes = new Set(stored.map((r) => r.codeHash));
    expect(hashes.has(sha256(`recovery:${account.id}:${normalised}`))).toBe(false);
    expect(hashes.has(recoveryCodeHash(deriveKey("another deployment's secret", RECOVERY_KEY_LABEL), account.id, normalised))).toBe(false);

    // As a phone types it: lower case, full width, spaces instead of hyphens.
    const typed = codes[1]!.toLowerCase().replace(/-/g, " ").replace(/[0-9a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    expect(await redeemRecoveryCode(account.id, normaliseRecoveryCode(typed), new Date())).toBe(9);
    // Used once: refused the second time.
    expect(await redeemRecoveryCode(account.id, normaliseRecoveryCode(codes[1]), new Date())).toBeNull();
    // Another account's code, and the old 10-character format, are refused.
    const other = await createTestAccount(db().client, { totp: true });
    const otherCodes = await replaceRecoveryCodes(other.account.id);
    expect(await redeemRecoveryCode(account.id, normaliseRecoveryCode(otherCodes[0]), new Date())).toBeNull();
    expect(await redeemRecoveryCode(account.id, "ABCDEFGHJK", new Date())).toBeNull();
  });

  it("of six parallel uses of one recovery code, exactly one wins", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const codes = await replaceRecoveryCodes(account.id);
    const normalised = normaliseRecoveryCode(codes[0]);
    const results = await Promise.all(Array.from({ length: 6 }, () => redeemRecoveryCode(account.id, normalised, new Date())));
    expect(results.filter((x) => x !== null)).toEqual([9]);
    expect(await db().client.recoveryCode.count({ where: { accountId: account.id, usedAt: { not: null } } })).toBe(1);
  });
});

describe(`issuing e-mailed codes (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  async function lastCode(to: string) {
    const mail = await db().client.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
    return mail.text.match(/\b(\d{6})\b/)![1]!;
  }

  it("send again: a cool-down, then a new code that kills the old one", async () => {
    const { issueEmailCode, RESEND_COOLDOWN_MS } = await import("@/lib/auth/email-code");
    const { account } = await createTestAccount(db().client);
    const who = { id: account.id, loginId: account.loginId, email: account.email, locale: "ja" as const };
    const { token } = await createFlow(account.id, "second_factor", testRequest, new Date());
    const t0 = new Date();
    expect(await issueEmailCode((await flowByToken(token, t0))!, who, testRequest, t0)).toEqual({ ok: true });
    const first = await lastCode(account.email);
    const early = await issueEmailCode((await flowByToken(token, t0))!, who, testRequest, new Date(t0.getTime() + 10_000));
    expect(early).toMatchObject({ ok: false, reason: "cooldown" });

    const t1 = new Date(t0.getTime() + RESEND_COOLDOWN_MS + 1000);
    expect(await issueEmailCode((await flowByToken(token, t1))!, who, testRequest, t1)).toEqual({ ok: true });
    const second = await lastCode(account.email);
    expect(await db().client.devMail.count({ where: { to: account.email } })).toBe(2);
    if (first !== second) expect(await consumeEmailCode((await flowByToken(token, t1))!, first, t1)).toBe("wrong");
    expect(await consumeEmailCode((await flowByToken(token, t1))!, second, t1)).toBe("ok");
  });

  it("the audit log holds no code", async () => {
    const { issueEmailCode } = await import("@/lib/auth/email-code");
    const { account } = await createTestAccount(db().client);
    const { token } = await createFlow(account.id, "second_factor", testRequest, new Date());
    await issueEmailCode((await flowByToken(token, new Date()))!, { id: account.id, loginId: account.loginId, email: account.email, locale: "en" }, testRequest, new Date());
    const code = await lastCode(account.email);
    const events = await db().client.auditEvent.findMany({ where: { accountId: account.id } });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(code);
  });
});
