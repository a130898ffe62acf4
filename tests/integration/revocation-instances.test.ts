// Two app instances on one database: every revocation made through one
// instance's data layer holds on the other at its very next request, because
// nothing about sessions or remembered browsers is cached in a process. Each
// "instance" is its own Prisma client (its own connection pool on PostgreSQL);
// getDb() is switched between them the way two servers would each have theirs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient, setDbForTests } from "@/lib/database/client";
import { completeFlow, redeemGrant } from "@/lib/auth/gate";
import { createFlow } from "@/lib/auth/flow-store";
import { setNewPassword } from "@/lib/auth/password-change";
import { checkSkip, rememberBrowser, revokeAllRememberedBrowsers } from "@/lib/auth/remembered-browser";
import { resetSecondFactor, revokeSessions } from "@/lib/auth/revoke";
import { validateSession } from "@/lib/auth/session-store";
import { createTestAccount, testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

describe(`revocations across two app instances (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let instanceA: PrismaClient;
  let instanceB: PrismaClient;

  beforeAll(() => {
    instanceA = db().client;
    // On PGlite the second client shares the one in-process database; on PostgreSQL it is a second pool.
    instanceB = createClient(db().target);
  });
  afterAll(async () => {
    setDbForTests(instanceA, db().target);
    if (db().target.kind === "postgres") await instanceB.$disconnect();
  });
  const on = <T>(instance: PrismaClient, run: () => Promise<T>) => {
    setDbForTests(instance, db().target);
    return run();
  };

  async function signedIn(accountId: string, mode: "FULL" | "LIMITED" = "FULL") {
    const { flow } = await createFlow(accountId, "second_factor", testRequest, new Date());
    const user = await redeemGrant((await completeFlow(flow, mode, new Date()))!, testRequest, new Date());
    return user!.sid;
  }

  it("ending sessions on B ends them on A at once", async () => {
    const { account } = await createTestAccount(instanceA);
    const sid = await on(instanceA, () => signedIn(account.id));
    expect(await on(instanceA, () => validateSession(sid, new Date()))).not.toBeNull();
    await on(instanceB, () => revokeSessions(account.id, {}, new Date()));
    expect(await on(instanceA, () => validateSession(sid, new Date()))).toBeNull();
  });

  it("a password change on B ends A's other sessions and every skip, keeping B's own session", async () => {
    const { account } = await createTestAccount(instanceA, { totp: true });
    const onA = await on(instanceA, () => signedIn(account.id));
    const onB = await on(instanceB, () => signedIn(account.id));
    const cookie = await on(instanceA, () => rememberBrowser(account, testRequest, new Date()));
    const result = await on(instanceB, () =>
      setNewPassword(account, "a-much-better-passphrase-2026", { keepSid: onB, req: testRequest, reason: "changed" }, new Date()),
    );
    expect(result).toEqual({ ok: true });
    expect(await on(instanceA, () => validateSession(onA, new Date()))).toBeNull();
    expect(await on(instanceB, () => validateSession(onB, new Date()))).not.toBeNull();
    expect(await on(instanceA, () => checkSkip(account, cookie!.value, testRequest, new Date()))).toBe("rejected");
  });

  it("a two-factor reset on B removes the factor, the skips and A's sessions", async () => {
    const { account } = await createTestAccount(instanceA, { totp: true });
    const sid = await on(instanceA, () => signedIn(account.id));
    const cookie = await on(instanceA, () => rememberBrowser(account, testRequest, new Date()));
    await on(instanceB, () => resetSecondFactor(account.id, {}, new Date()));
    expect(await on(instanceA, () => validateSession(sid, new Date()))).toBeNull();
    expect(await on(instanceA, () => checkSkip(account, cookie!.value, testRequest, new Date()))).toBe("rejected");
    expect(await instanceA.totpCredential.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("cancelling every skip on B makes A ask for the code again", async () => {
    const { account } = await createTestAccount(instanceA, { totp: true });
    const cookie = await on(instanceA, () => rememberBrowser(account, testRequest, new Date()));
    expect(await on(instanceA, () => checkSkip(account, cookie!.value, testRequest, new Date()))).toBe("skip");
    await on(instanceB, () => revokeAllRememberedBrowsers(account.id, new Date()));
    expect(await on(instanceA, () => checkSkip(account, cookie!.value, testRequest, new Date()))).toBe("rejected");
  });

  it("an account disabled on B is signed out on A", async () => {
    const { account } = await createTestAccount(instanceA);
    const sid = await on(instanceA, () => signedIn(account.id, "LIMITED"));
    await instanceB.account.update({ where: { id: account.id }, data: { disabled: true } });
    expect(await on(instanceA, () => validateSession(sid, new Date()))).toBeNull();
  });
});
