// The mail provider fails (500) or hangs: the send is given up after
// MAIL_TIMEOUT_MS, and a sign-in's code step is left as it was before the
// failed send — the code mailed earlier still works, and no cool-down blocks
// the next try. Real HTTP to the test capture (e2e/support/mail-capture-server.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { consumeEmailCode, issueEmailCode, RESEND_COOLDOWN_MS } from "@/lib/auth/email-code";
import { createFlow, type Flow } from "@/lib/auth/flow-store";
import { sendMail } from "@/lib/mail/send";
import { createTestAccount, testRequest } from "../support/auth-fixtures";
import { withMailCapture } from "../support/mail-capture";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

const { fault, codesTo } = withMailCapture();
const message = { to: "someone@test.example", subject: "s", text: "t", html: "<p>t</p>" };

describe("sendMail against a failing provider", () => {
  beforeEach(() => fault("ok"));

  it("a provider that hangs is given up after MAIL_TIMEOUT_MS", async () => {
    await fault("hang");
    const started = Date.now();
    expect(await sendMail(message)).toEqual({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("a provider answering 500 is a failure, and the next send works once it is back", async () => {
    await fault("500");
    expect((await sendMail(message)).ok).toBe(false);
    await fault("ok");
    expect(await sendMail(message)).toEqual({ ok: true });
  });
});

describe(`an e-mailed code whose send fails (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  beforeEach(() => fault("ok"));

  async function flowWithAccount() {
    const { account } = await createTestAccount(db().client);
    const { flow } = await createFlow(account.id, "second_factor", testRequest, new Date(), { mode: "FULL" });
    return { account: { ...account, locale: "ja" as const }, flow };
  }
  const reload = async (id: string) => (await db().client.loginFlow.findUniqueOrThrow({ where: { id } })) as unknown as Flow;

  it("a failed resend leaves the earlier code working and no cool-down; the retry sends a new one", async () => {
    const { account, flow } = await flowWithAccount();
    const t0 = new Date();
    expect(await issueEmailCode(flow, account, testRequest, t0)).toEqual({ ok: true });
    const [first] = await codesTo(account.email);

    await fault("500");
    const later = new Date(t0.getTime() + RESEND_COOLDOWN_MS + 1_000);
    expect(await issueEmailCode(await reload(flow.id), account, testRequest, later)).toEqual({ ok: false, reason: "mail_failed" });

    // Right away, with the provider back: no cool-down from the send that never left.
    await fault("ok");
    const retry = new Date(later.getTime() + 1_000);
    expect(await issueEmailCode(await reload(flow.id), account, testRequest, retry)).toEqual({ ok: true });
    const codes = await codesTo(account.email);
    expect(codes).toHaveLength(2);
    expect(await consumeEmailCode(await reload(flow.id), codes[1]!, retry)).toBe("ok");
    expect(first).not.toBe(codes[1]);
  });

  it("between a failed resend and the retry, the code mailed before still signs in", async () => {
    const { account, flow } = await flowWithAccount();
    const t0 = new Date();
    await issueEmailCode(flow, account, testRequest, t0);
    const [first] = await codesTo(account.email);
    await fault("hang");
    const later = new Date(t0.getTime() + RESEND_COOLDOWN_MS + 1_000);
    expect((await issueEmailCode(await reload(flow.id), account, testRequest, later)).ok).toBe(false);
    expect(await consumeEmailCode(await reload(flow.id), first!, later)).toBe("ok");
  });
});
