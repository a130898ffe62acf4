// The action client (lib/http/action-client-core.ts): what every server action of the apps
// and the office does before and after its own step. The client is given the request's
// readers; here a session value, the real dictionaries and a fixed clock.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { notFound, redirect } from "next/navigation";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { Mode } from "@/lib/auth/policy";
import type { Session } from "@/lib/auth/session-store";
import { DatabaseUnavailableError, UNAVAILABLE_PATH } from "@/lib/database/unavailable";
import { createActionClient, refusal, type RequestReaders } from "@/lib/http/action-client-core";
import type { ActionState } from "@/lib/http/action-result";
import { en } from "@/lib/i18n/messages/en";
import { ja } from "@/lib/i18n/messages/ja";

const NOW = new Date("2026-12-05T00:00:00Z");

function sessionOf(mode: Mode): Session {
  return {
    sid: "s1", accountId: "a1", loginId: "C001-00042", displayName: "山田", role: "EMPLOYEE", mode,
    isHrStaff: false, companyId: "c1", officeId: null, locale: "en",
  };
}

class Refused extends Error {}

function client(session: Session | null, reads: string[] = []) {
  const readers: RequestReaders = {
    session: async () => (reads.push("session"), session),
    messages: async () => (reads.push("messages"), { locale: "en", t: en }),
    now: async () => NOW,
    requestInfo: async () => ({ ip: "203.0.113.7", userAgent: "vitest" }),
  };
  return createActionClient(readers, (err, t) => (err instanceof Refused ? t.office.errors.forbidden : null));
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const passwordForm = { capability: "security.manage", returnTo: "/settings/password", input: z.object({ password: z.string().max(8), note: z.string() }) } as const;

/** What a thrown Next.js redirect points to, or the error itself. */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  const err = await call.then(() => new Error("no redirect"), (e: unknown) => e);
  if (!isRedirectError(err)) throw err;
  return getURLFromRedirectError(err);
}

describe("the action client", () => {
  it("ends a call without a form with Next's 404, before it reads the session", async () => {
    const reads: string[] = [];
    const act = client(sessionOf("FULL"), reads).state(passwordForm, async (): Promise<ActionState> => ({ ok: true }));
    for (const junk of ["not a form", 42, undefined, null, {}, [], { get: () => "x" }]) {
      await expect(act({}, junk as never), JSON.stringify(junk)).rejects.toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
    }
    expect(reads).toEqual([]);
  });

  it("sends a call without a session to /login and one whose mode lacks the capability to /step-up, coming back to returnTo", async () => {
    let ran = false;
    const step = async (): Promise<ActionState> => ((ran = true), { ok: true });
    expect(await redirectOf(client(null).state(passwordForm, step)({}, form({ password: "x" })))).toBe("/login?callbackUrl=%2Fsettings%2Fpassword");
    expect(await redirectOf(client(sessionOf("LIMITED")).state(passwordForm, step)({}, form({ password: "x" })))).toBe("/step-up?callbackUrl=%2Fsettings%2Fpassword");
    expect(ran).toBe(false);
  });

  it("lets a limited session through to what the limited mode allows", async () => {
    const act = client(sessionOf("LIMITED")).state({ capability: "attendance.punch", returnTo: "/attendance" }, async ({ session }): Promise<ActionState> => ({ info: session.mode }));
    expect(await act({}, form({}))).toEqual({ info: "LIMITED" });
  });

  it("hands the step the parsed form (absent fields as empty text), the session, the messages and the request's clock", async () => {
    const act = client(sessionOf("FULL")).state(passwordForm, async ({ input, session, t, locale, now, request }): Promise<ActionState> => ({
      info: JSON.stringify({ input, account: session.accountId, locale, now, ip: (await request()).ip, heading: t === en }),
    }));
    expect(JSON.parse((await act({}, form({ password: "pw" }))).info!)).toEqual({
      input: { password: "pw", note: "" }, account: "a1", locale: "en", now: NOW.toISOString(), ip: "203.0.113.7", heading: true,
    });
  });

  it("answers a form that does not parse with the localised message, and never runs the step", async () => {
    let ran = false;
    const step = async (): Promise<ActionState> => ((ran = true), { ok: true });
    const tooLong = form({ password: "longer than eight" });
    expect(await client(sessionOf("FULL")).state(passwordForm, step)({}, tooLong)).toEqual({ error: en.selfService.common.invalid });
    const withFile = new FormData();
    withFile.set("password", new File(["x"], "x.txt"));
    expect(await client(sessionOf("FULL")).state(passwordForm, step)({}, withFile)).toEqual({ error: en.selfService.common.invalid });
    const custom = client(sessionOf("FULL")).state({ ...passwordForm, invalid: (t) => ({ error: t.office.errors.notFound }) }, step);
    expect(await custom({}, tooLong)).toEqual({ error: en.office.errors.notFound });
    expect(ran).toBe(false);
  });

  it("answers empty required fields with the required message under each field", async () => {
    const act = client(sessionOf("FULL")).state({ ...passwordForm, required: ["password", "note"] }, async (): Promise<ActionState> => ({ ok: true }));
    expect(await act({}, form({ note: "" }))).toEqual({ fieldErrors: { password: en.selfService.common.required, note: en.selfService.common.required } });
    expect(await act({}, form({ password: "pw", note: "n" }))).toEqual({ ok: true });
  });

  it("words a refusal the data layer throws, and lets Next's redirect and notFound through", async () => {
    const c = client(sessionOf("FULL"));
    expect(await c.state(passwordForm, async (): Promise<ActionState> => { throw new Refused(); })({}, form({}))).toEqual({ error: en.office.errors.forbidden });
    expect(await redirectOf(c.state(passwordForm, async (): Promise<ActionState> => redirect("/settings?done=1"))({}, form({})))).toBe("/settings?done=1");
    await expect(c.state(passwordForm, async (): Promise<ActionState> => notFound())({}, form({}))).rejects.toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
  });

  it("turns a lost database into the redirect to the 503 page, and leaves any other error as it is", async () => {
    const c = client(sessionOf("FULL"));
    const lost = c.state(passwordForm, async (): Promise<ActionState> => { throw Object.assign(new Error("Can't reach database server"), { code: "P1001" }); });
    const err = await lost({}, form({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect(getURLFromRedirectError(err as never)).toBe(UNAVAILABLE_PATH);
    const bug = new TypeError("a bug");
    await expect(c.state(passwordForm, async (): Promise<ActionState> => { throw bug; })({}, form({}))).rejects.toBe(bug);
  });

  it("builds plain form actions too: a form that does not parse goes back to returnTo", async () => {
    const c = client(sessionOf("FULL"));
    let seen = "";
    const act = c.form({ ...passwordForm, returnTo: "/settings/skip" }, async ({ input }) => void (seen = input.password));
    expect(await redirectOf(act(form({ password: "longer than eight" })))).toBe("/settings/skip");
    await act(form({ password: "pw" }));
    expect(seen).toBe("pw");
  });

  it("reads no argument at all for an action without fields (a script may call it with none)", async () => {
    const act = client(sessionOf("FULL")).form({ capability: "security.manage", returnTo: "/settings/skip" }, async () => redirect("/settings/skip?done=all"));
    expect(await redirectOf((act as (...args: unknown[]) => Promise<void>)())).toBe("/settings/skip?done=all");
  });
});

describe("the action client's public actions (no session: the sign-in steps, the language, sign-out)", () => {
  const loginForm = { input: z.object({ loginId: z.string().min(1), password: z.string().max(8) }) } as const;

  it("end a call without a form with Next's 404, and never read the session", async () => {
    const reads: string[] = [];
    const c = client(sessionOf("FULL"), reads);
    const act = c.public.state(loginForm, async (): Promise<ActionState> => ({ ok: true }));
    for (const junk of ["not a form", 42, undefined, null, {}, [], { get: () => "x" }]) {
      await expect(act({}, junk as never), JSON.stringify(junk)).rejects.toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
    }
    await expect(c.public.form({ ...loginForm, returnTo: "/login" }, async () => {})(42 as never)).rejects.toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
    expect(await act({}, form({ loginId: "C001-00042", password: "pw" }))).toEqual({ ok: true });
    expect(reads).not.toContain("session");
  });

  it("run for a caller without a session, given the parsed form, the messages and the request's clock", async () => {
    const act = client(null).public.state(loginForm, async ({ input, t, locale, now, request }): Promise<ActionState> => ({
      info: JSON.stringify({ input, locale, now, ip: (await request()).ip, words: t === en }),
    }));
    expect(JSON.parse((await act({}, form({ loginId: "C001-00042" }))).info!)).toEqual({
      input: { loginId: "C001-00042", password: "" }, locale: "en", now: NOW.toISOString(), ip: "203.0.113.7", words: true,
    });
  });

  it("answer a form that does not parse by the definition's own words, given the zod error and the fields as posted", async () => {
    let ran = false;
    const act = client(null).public.state(
      { ...loginForm, invalid: (t, error, fields) => ({ error: `${error.issues.map((i) => i.path[0]).join(",")}:${String(fields.password).length}`, info: t.auth.login.required }) },
      async (): Promise<ActionState> => ((ran = true), { ok: true }),
    );
    expect(await act({}, form({ password: "longer than eight" }))).toEqual({ error: "loginId,password:17", info: en.auth.login.required });
    expect(await client(null).public.state(loginForm, async (): Promise<ActionState> => ({ ok: true }))({}, form({}))).toEqual({ error: en.selfService.common.invalid });
    expect(ran).toBe(false);
  });

  it("as plain forms go back to returnTo when the form does not parse, and read no argument without fields", async () => {
    const c = client(null);
    expect(await redirectOf(c.public.form({ input: z.object({ choice: z.enum(["ok"]) }), returnTo: "/login/remember" }, async () => {})(form({ choice: "x" })))).toBe("/login/remember");
    const out = c.public.form({ returnTo: "/login?signedOut=1" }, async () => redirect("/login?signedOut=1"));
    expect(await redirectOf((out as (...args: unknown[]) => Promise<void>)())).toBe("/login?signedOut=1");
  });

  it("let Next's redirect through, and turn a lost database into the redirect to the 503 page", async () => {
    const c = client(null);
    expect(await redirectOf(c.public.state(loginForm, async (): Promise<ActionState> => redirect("/login/verify"))({}, form({ loginId: "x" })))).toBe("/login/verify");
    const lost = c.public.state(loginForm, async (): Promise<ActionState> => { throw Object.assign(new Error("Can't reach database server"), { code: "P1001" }); });
    const err = await lost({}, form({ loginId: "x" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect(getURLFromRedirectError(err as never)).toBe(UNAVAILABLE_PATH);
    const bug = new TypeError("a bug");
    await expect(c.public.form({ returnTo: "/login" }, async () => { throw bug; })(form({}))).rejects.toBe(bug);
  });
});

describe("refusal", () => {
  it("puts the message under its field when the table names one", () => {
    const table = { wrong_password: ["password", ja.selfService.common.wrongPassword], locked: [null, ja.selfService.common.locked], gone: "gone" } as const;
    expect(refusal<keyof typeof table>("wrong_password", table)).toEqual({ error: ja.selfService.common.wrongPassword, fieldErrors: { password: ja.selfService.common.wrongPassword } } satisfies ActionState);
    expect(refusal<keyof typeof table>("locked", table)).toEqual({ error: ja.selfService.common.locked });
    expect(refusal<keyof typeof table>("gone", table)).toEqual({ error: "gone" });
  });
});
