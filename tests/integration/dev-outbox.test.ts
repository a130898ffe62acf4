// The development outbox: when it applies, that sendMail really stores there,
// and that the page's query filters by recipient, newest first.
import { afterEach, describe, expect, it, vi } from "vitest";
import { devOutboxEnabled, listDevMail } from "@/lib/mail/dev-outbox";
import { mailTransport, sendMail } from "@/lib/mail/send";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

describe(`dev outbox (${testDatabaseKind})`, () => {
  useTestDatabase();
  afterEach(() => vi.unstubAllEnvs());

  it("applies outside production without a mail service, and in the demo only when asked", () => {
    vi.stubEnv("RESEND_API_KEY", "");
    vi.stubEnv("NODE_ENV", "development");
    expect(devOutboxEnabled()).toBe(true);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("TOBIRA_DEV_OUTBOX", "");
    expect(devOutboxEnabled()).toBe(false);
    expect(mailTransport()).toBe("none");
    vi.stubEnv("TOBIRA_DEV_OUTBOX", "1");
    expect(devOutboxEnabled()).toBe(true);
    vi.stubEnv("RESEND_API_KEY", "re_live_key");
    expect(devOutboxEnabled()).toBe(false);
    expect(mailTransport()).toBe("resend");
  });

  it("keeps what sendMail sent, newest first, filtered by recipient whatever its case", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    vi.stubEnv("NODE_ENV", "development");
    expect(await sendMail({ to: "Hanako@example.jp", subject: "first", text: "one", html: "<p>one</p>" })).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 5));
    expect(await sendMail({ to: "hanako@example.jp", subject: "second", text: "two", html: "<p>two</p>" })).toEqual({ ok: true });
    await sendMail({ to: "taro@example.jp", subject: "other", text: "three", html: "<p>three</p>" });

    const forHanako = await listDevMail("HANAKO@example.jp");
    expect(forHanako.map((m) => m.subject)).toEqual(["second", "first"]);
    expect((await listDevMail()).length).toBe(3);
  });

  it("refuses in production without a mail service and stores nothing", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("TOBIRA_DEV_OUTBOX", "");
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await sendMail({ to: "x@example.jp", subject: "s", text: "123456", html: "" })).toEqual({ ok: false, reason: "not_configured" });
    expect(spy.mock.calls.flat().join(" ")).not.toContain("123456");
    expect(await listDevMail("x@example.jp")).toEqual([]);
  });
});
