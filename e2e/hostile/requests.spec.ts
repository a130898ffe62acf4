// Family 4 — requests: cross-site POSTs to every state-changing action,
// open redirects in every parameter that redirects, other companies' and the
// other office's IDs, oversized and malformed bodies, forged X-Forwarded-For
// and Host. Each refusal: a 4xx (never a 5xx) and nothing changed in the database.
import { expect, test } from "@playwright/test";
import { encodeActionArgs, form } from "@/e2e/support/http/action-encoding";
import { LOGIN_ACTIONS, actionId } from "@/e2e/support/http/action-ids";
import type { HttpResponse } from "@/e2e/support/http/client";
import { SESSION_COOKIE, chooseStep, codeStep, passwordStep } from "@/e2e/support/http/sign-in";
import { mailsTo } from "@/e2e/support/mail";
import { hostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query, snapshot } from "./support/db";
import { mailedCode, signInFull, signInLimited } from "./support/sign-in";
import { STATE_ACTIONS, stateActionId } from "./support/state-actions";

// Browsers send Origin with every cross-site POST (null from sandboxed frames and some
// redirects). A request with no Origin at all is hand-made, and a hand-made request
// carries only cookies its sender already has, so it is no cross-site forgery.
const FOREIGN_ORIGINS: Record<string, Record<string, string | undefined>> = {
  "a foreign Origin": { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  "a look-alike Origin": { origin: "http://localhost.evil.example", "sec-fetch-site": "cross-site" },
  "Origin: null": { origin: "null", "sec-fetch-site": "cross-site" },
};

function expectForbidden(res: HttpResponse, what: string) {
  expect.soft(res.status, `${what}: refused as 403`).toBe(403);
}

test.describe("cross-site POSTs", () => {
  test("every state-changing action of an employee's full session, posted cross-site, is refused and changes nothing", async () => {
    test.setTimeout(120_000);
    const account = hostileAccount("reqCsrf");
    const client = new HostileClient();
    await signInFull(client, account);
    const targets = { employeeId: account.id, foreignId: account.id, foreignLoginId: account.loginId };
    const before = await snapshot(account.id);
    for (const [how, headers] of Object.entries(FOREIGN_ORIGINS)) {
      for (const action of STATE_ACTIONS.filter((a) => !a.file.includes("/office/"))) {
        const res = await client.action(action.page, stateActionId(action), action.args(targets), { headers });
        expectForbidden(res, `${how}: ${action.label}`);
      }
    }
    expect(await snapshot(account.id)).toEqual(before);
    expect((await client.get("/settings")).status, "the session itself is untouched").toBe(200);
  });

  test("the office's actions, posted cross-site with a sharoushi's session, are refused and change nothing", async () => {
    const staff = hostileAccount("reqCsrfStaff");
    const target = hostileAccount("reqCsrfTarget");
    const client = new HostileClient();
    await signInFull(client, staff);
    const targets = { employeeId: target.id, foreignId: target.id, foreignLoginId: target.loginId };
    const before = await snapshot(target.id);
    for (const [how, headers] of Object.entries(FOREIGN_ORIGINS)) {
      for (const action of STATE_ACTIONS.filter((a) => a.file.includes("/office/"))) {
        expectForbidden(await client.action(`/office/employees/${target.id}`, stateActionId(action), action.args(targets), { headers }), `${how}: ${action.label}`);
      }
    }
    expect(await snapshot(target.id)).toEqual(before);
  });

  test("a cross-site sign-in (login CSRF) and a no-JavaScript form post from another site are refused", async () => {
    const account = hostileAccount("reqCsrf");
    const client = new HostileClient();
    for (const [how, headers] of Object.entries(FOREIGN_ORIGINS)) {
      expectForbidden(await passwordStep(client, account, { headers }), `${how}: password step`);
      expect(client.jar.has("tobira_login"), how).toBe(false);
    }
    // The form as a page without JavaScript posts it: multipart with $ACTION_ID_<id>, no Next-Action header.
    const id = actionId("app/(apps)/settings/skip/actions.ts", "revokeAllSkipsAction");
    const signedIn = new HostileClient();
    signedIn.jar.set(SESSION_COOKIE, "irrelevant");
    const { body, contentType } = encodeActionArgs([]);
    const mpa = await signedIn.request("POST", "/settings/skip", { data: body.toString().replace('name="0"', `name="$ACTION_ID_${id}"`), contentType }, { headers: FOREIGN_ORIGINS["a foreign Origin"] });
    expectForbidden(mpa, "no-JavaScript form post from another site");
  });
});

const EVIL_TARGETS = [
  "https://evil.example/",
  "//evil.example/",
  "/\\evil.example/",
  "\\\\evil.example",
  "/%5Cevil.example",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "https:evil.example",
  "javascript:alert(document.domain)",
  "JaVaScRiPt:alert(1)",
  "/.//evil.example",
  " //evil.example",
  "/\t/evil.example",
  "data:text/html,<script>alert(1)</script>",
];

/** A redirect stays on this server, as a browser's URL parser resolves it (tabs dropped, "\\" read as "/"). */
function expectLocal(res: HttpResponse, what: string) {
  expect(res.status, `${what}: no 5xx`).toBeLessThan(500);
  expect(res.redirect, `${what}: redirected`).toBeTruthy();
  const base = new URL(new HostileClient().baseUrl);
  const resolved = new URL(res.redirect!, base);
  expect(resolved.origin, `${what}: stays on this server (${res.redirect})`).toBe(base.origin);
  expect(res.redirect!, what).not.toMatch(/^\s*(javascript|data|vbscript):/i);
}

test.describe("redirect targets", () => {
  test("callbackUrl of the sign-in never sends the browser off the site", async () => {
    test.setTimeout(120_000);
    const account = hostileAccount("reqRedirect");
    for (const target of EVIL_TARGETS) {
      const client = new HostileClient();
      await passwordStep(client, account, { callbackUrl: target });
      const done = await chooseStep(client, "limited");
      expect(client.jar.has(SESSION_COOKIE), target).toBe(true);
      expectLocal(done, `callbackUrl ${JSON.stringify(target)}`);
    }
  });

  test("the step-up's callbackUrl never sends the browser off the site", async () => {
    test.setTimeout(180_000);
    const account = hostileAccount("reqStepUpRedirect");
    for (const target of EVIL_TARGETS.slice(0, 8)) {
      const client = new HostileClient();
      await signInLimited(client, account);
      const mails = (await mailsTo(account.email)).length;
      const started = await client.action("/step-up", actionId("app/(auth)/step-up/actions.ts", "stepUpAction"), [form({ callbackUrl: target })]);
      expectLocal(started, `step-up ${JSON.stringify(target)}`);
      const done = await codeStep(client, await mailedCode(account, mails + 1));
      expectLocal(done, `after step-up ${JSON.stringify(target)}`);
    }
  });

  test("the sign-in page's own redirects (callbackUrl in the query, ログインからやり直す) stay on the site, whatever Host says", async () => {
    const client = new HostileClient();
    for (const target of EVIL_TARGETS) {
      const res = await client.get(`/login?callbackUrl=${encodeURIComponent(target)}`);
      expect(res.status, target).toBeLessThan(500);
      expect(res.body).not.toMatch(/(href|action|content)="[^"]*evil\.example/i);
    }
    for (const host of [undefined, "evil.example", "evil.example:443"]) {
      const res = await client.get("/login/restart", { headers: host ? { host } : {} });
      expect(res.redirect, `restart with Host ${host}`).toBeTruthy();
      expect(res.redirect!, `restart with Host ${host}`).not.toContain("evil.example");
      // Relative, or this server's configured origin — never the address the server is bound to.
      expect(res.redirectPath ?? res.redirect, `restart with Host ${host}`).toMatch(/^\/login/);
    }
  });
});

test.describe("other people's IDs", () => {
  test("a sharoushi cannot act on, or look at, an employee of another office", async () => {
    const staff = hostileAccount("reqCrossStaff");
    const foreign = hostileAccount("office2Employee");
    const client = new HostileClient();
    await signInFull(client, staff);
    const targets = { employeeId: foreign.id, foreignId: foreign.id, foreignLoginId: foreign.loginId };
    const before = await snapshot(foreign.id);
    for (const action of STATE_ACTIONS.filter((a) => a.file.includes("/office/"))) {
      const res = await client.action(`/office/employees/${foreign.id}`, stateActionId(action), action.args(targets));
      expect(res.status, action.label).toBeLessThan(500);
      expect(res.redirectPath ?? "", action.label).not.toMatch(/done=/);
    }
    for (const page of ["", "/reset", "/unlock", "/email"]) {
      const res = await client.get(`/office/employees/${foreign.id}${page}`);
      expect(res.status, page).toBe(404);
      expect(res.body).not.toContain(foreign.loginId);
      expect(res.body).not.toContain(foreign.email);
    }
    expect(await snapshot(foreign.id)).toEqual(before);
  });

  test("the second office's staff cannot act on the first office's employees", async () => {
    const staff = hostileAccount("office2Sharoushi");
    const target = hostileAccount("reqCrossEmployee");
    const client = new HostileClient();
    await signInFull(client, staff);
    const before = await snapshot(target.id);
    const targets = { employeeId: target.id, foreignId: target.id, foreignLoginId: target.loginId };
    for (const action of STATE_ACTIONS.filter((a) => a.file.includes("/office/"))) {
      const res = await client.action(`/office/employees/${target.id}`, stateActionId(action), action.args(targets));
      expect(res.status, action.label).toBeLessThan(500);
    }
    expect((await client.get(`/office/employees/${target.id}`)).status).toBe(404);
    expect(await snapshot(target.id)).toEqual(before);
  });

  test("an employee cannot open another employee's payslip, or touch another account's additional accounts", async () => {
    const account = hostileAccount("reqCrossEmployee");
    const client = new HostileClient();
    await signInFull(client, account);
    const [payslip] = await query<{ id: string; netPay: number; accountId: string }>(`SELECT id, "netPay", "accountId" FROM "Payslip" LIMIT 1`);
    expect(payslip, "the demo seed has payslips").toBeTruthy();
    const res = await client.get(`/payslips/${payslip!.id}`);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(payslip!.netPay.toLocaleString("ja-JP"));
    const [additional] = await query<{ id: string; loginId: string; accountId: string }>(`SELECT id, "loginId", id AS "accountId" FROM "Account" WHERE "mainAccountId" IS NOT NULL LIMIT 1`);
    const before = await snapshot(additional!.id);
    for (const action of STATE_ACTIONS.filter((a) => a.name.endsWith("AdditionalAccountAction") && a.name !== "createAdditionalAccountAction")) {
      const r = await client.action(action.page, stateActionId(action), action.args({ employeeId: additional!.id, foreignId: additional!.id, foreignLoginId: additional!.loginId }));
      expect(r.status, action.label).toBeLessThan(500);
    }
    expect(await snapshot(additional!.id)).toEqual(before);
  });
});

test.describe("bodies", () => {
  test("a 2 MB body is refused with 413, and nothing is stored", async () => {
    const account = hostileAccount("reqBodies");
    const client = new HostileClient();
    const big = "x".repeat(2 * 1024 * 1024);
    const res = await passwordStep(client, { loginId: account.loginId, password: big });
    expect(res.status).toBe(413);
    expect(await query(`SELECT 1 FROM "LoginFlow" WHERE "accountId" = $1`, [account.id])).toEqual([]);
  });

  test("malformed action requests answer 4xx, never 5xx", async () => {
    const account = hostileAccount("reqBodies");
    const client = new HostileClient();
    const password = actionId(LOGIN_ACTIONS, "passwordAction");
    const cases: [string, () => Promise<HttpResponse>][] = [
      ["an unknown action ID", () => client.action("/login", "00".repeat(21), [{}, form({ loginId: "x", password: "y" })])],
      ["a malformed action ID", () => client.action("/login", "../../etc/passwd", [])],
      ["a string where the form belongs", () => client.action("/login", password, [{}, "not a form"])],
      ["no arguments at all", () => client.action("/login", password, [])],
      ["a number where the form belongs", () => client.action("/login", password, [{}, 42])],
      ["broken JSON root", () => client.request("POST", "/login", { data: `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{,\r\n--b--\r\n`, contentType: "multipart/form-data; boundary=b" }, { headers: { "next-action": password, origin: client.baseUrl } })],
      ["a multipart body without its boundary", () => client.request("POST", "/login", { data: "garbage", contentType: "multipart/form-data" }, { headers: { "next-action": password, origin: client.baseUrl } })],
      ["a JSON body", () => client.request("POST", "/login", { data: '{"loginId":1}', contentType: "application/json" }, { headers: { "next-action": password, origin: client.baseUrl } })],
      ["a reference to a part the body does not have", () => client.request("POST", "/login", { data: '[{},"$Q1"]', contentType: "text/plain" }, { headers: { "next-action": password, origin: client.baseUrl } })],
    ];
    for (const [what, send] of cases) {
      const res = await send();
      expect.soft(res.status, what).toBeGreaterThanOrEqual(400);
      expect.soft(res.status, what).toBeLessThan(500);
    }
    expect(await query(`SELECT 1 FROM "LoginFlow" WHERE "accountId" = $1`, [account.id])).toEqual([]);
  });
});

test.describe("forged headers", () => {
  test("a forged X-Forwarded-For is not the client's address (TRUSTED_PROXY_COUNT=0): the socket's is", async () => {
    const account = hostileAccount("reqXff");
    const client = new HostileClient();
    await passwordStep(client, { loginId: account.loginId, password: "wrong-password-1" }, { headers: { "x-forwarded-for": "198.51.100.77" } });
    await passwordStep(client, { loginId: account.loginId, password: "wrong-password-2" }, { headers: { "x-forwarded-for": "198.51.100.78, 198.51.100.79" } });
    const rows = await query<{ ip: string | null }>(`SELECT ip FROM "AuditEvent" WHERE "accountId" = $1`, [account.id]);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.ip ?? "").not.toMatch(/198\.51\.100\./);
    expect(await liveSessions(account.id)).toEqual([]);
  });
});
