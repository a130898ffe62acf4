// ログイン履歴: a user sees their own sign-ins and failed attempts, newest first, with
// the browser summarised — never another account's lines, never a re-entered password
// inside a session, never other audit events.
import { beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/auth/audit";
import { listLoginHistory } from "@/lib/audit/login-history";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createEmployee, createOffice, sessionFor } from "./apps-fixtures";

const ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const MAC_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";

describe(`login history (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  let company: { id: string; code: string };

  beforeAll(async () => {
    const office = await createOffice(db().client);
    company = await createCompany(db().client, office.id, { ATTENDANCE: true });
  });

  it("lists the account's own sign-ins and failures, newest first, with mode, browser and address", async () => {
    const me = await createEmployee(db().client, company);
    const other = await createEmployee(db().client, company);
    const who = { accountId: me.id, loginId: me.loginId };
    await audit("password.failed", who, { ip: "198.51.100.1", userAgent: MAC_SAFARI }, { reason: "wrong_password" });
    await audit("code.failed", who, { ip: "198.51.100.1", userAgent: MAC_SAFARI }, { reason: "wrong_code" });
    await audit("session.created", who, { ip: "198.51.100.2", userAgent: ANDROID_CHROME }, { mode: "FULL" });
    // Not sign-ins: a password re-entered in settings, another event type, another account.
    await audit("password.failed", who, { ip: "198.51.100.3", userAgent: MAC_SAFARI }, { purpose: "password_change", reason: "wrong_password" });
    await audit("password.changed", who, { ip: "198.51.100.3", userAgent: MAC_SAFARI });
    await audit("session.created", { accountId: other.id, loginId: other.loginId }, { ip: "192.0.2.9", userAgent: ANDROID_CHROME }, { mode: "LIMITED" });

    const history = await listLoginHistory(await sessionFor(db().client, me.id, "FULL"));
    // The session for the test wrote no audit line of its own, so these three are all.
    expect(history.map((h) => [h.outcome, h.mode, h.ip])).toEqual([
      ["success", "FULL", "198.51.100.2"],
      ["wrong_code", null, "198.51.100.1"],
      ["wrong_password", null, "198.51.100.1"],
    ]);
    expect(history[0]!.browser).toMatch(/^Chrome 131 \/ Android/);
    expect(history[2]!.browser).toMatch(/^Safari 17 \/ macOS/);
    expect(JSON.stringify(history)).not.toContain("Mozilla");
  });

  it("shows nothing for an account that never signed in, even when others did", async () => {
    const quiet = await createEmployee(db().client, company);
    expect(await listLoginHistory(await sessionFor(db().client, quiet.id, "FULL"))).toEqual([]);
  });
});
