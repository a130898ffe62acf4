// The sign-in's form posts without JavaScript, /login/step/<password|verify>
// (app/(auth)/login/step): a bare 303 to the next stage, and every check the
// action client makes for the same steps as actions — the origin, the method,
// a form body, the flow cookie and its stage, the one-use code — with 4xx or a
// 303 back, never a 5xx, and nothing changed by a refused post.
import { expect, test } from "@playwright/test";
import type { HttpClient, RequestOptions } from "@/e2e/support/http/client";
import { chooseStep, FLOW_COOKIE, hasSession } from "@/e2e/support/http/sign-in";
import { hostileAccount, type HostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query, snapshot } from "./support/db";
import { awayFromStepEdge } from "./support/refusal";
import { freshTotp } from "./support/sign-in";

/** A form post as a browser without JavaScript sends it: same origin, url-encoded (or multipart). */
function post(client: HttpClient, step: string, fields: Record<string, string>, opts: RequestOptions & { multipart?: boolean } = {}) {
  const { multipart, ...rest } = opts;
  const headers = { origin: new URL(client.baseUrl).origin, ...rest.headers };
  if (!multipart) {
    return client.request("POST", `/login/step/${step}`, { data: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" }, { ...rest, headers });
  }
  const boundary = "----tobira-step-test";
  const data = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
  return client.request("POST", `/login/step/${step}`, { data, contentType: `multipart/form-data; boundary=${boundary}` }, { ...rest, headers });
}

const passwordPost = (client: HttpClient, account: HostileAccount, opts?: RequestOptions & { multipart?: boolean }) =>
  post(client, "password", { loginId: account.loginId, password: account.password }, opts);

async function atCodeStep(account: HostileAccount, ip: number) {
  const client = new HostileClient(undefined, { "x-forwarded-for": `203.0.113.${ip}` });
  expect((await passwordPost(client, account, { multipart: true })).redirectPath).toBe("/login/choose");
  expect((await chooseStep(client, "full")).redirectPath).toBe("/login/verify");
  return client;
}

test.describe("/login/step: the sign-in by plain form posts", () => {
  test("password → chooser → code, each answered by a bare 303, ends in a full session", async () => {
    const account = hostileAccount("stepForms");
    const client = await atCodeStep(account, 61);
    const flowCookie = client.jar.get(FLOW_COOKIE)!;
    await awayFromStepEdge();
    const code = await freshTotp(account);
    const res = await post(client, "verify", { code });
    expect(res.status).toBe(303);
    expect(res.redirectPath).toBe("/home");
    expect(res.body, "no page rendered into the answer").toBe("");
    expect(hasSession(client)).toBe(true);
    expect(client.jar.has(FLOW_COOKIE), "the flow cookie is cleared").toBe(false);
    expect(await liveSessions(account.id)).toHaveLength(1);
    expect((await client.get("/home")).status).toBe(200);

    // The same post replayed with the spent flow's cookie, then with a forged one: no second session.
    const replay = new HostileClient();
    replay.jar.set(FLOW_COOKIE, flowCookie);
    expect((await post(replay, "verify", { code })).redirectPath).toBe("/login?expired=1");
    replay.jar.set(FLOW_COOKIE, "x".repeat(43));
    const again = await post(replay, "verify", { code });
    expect(again.redirectPath).toBe("/login?expired=1");
    expect(await liveSessions(account.id)).toHaveLength(1);
  });

  test("refusals: another origin 403, other methods 405, an unknown step 404, a body that is no form 415 or 400, and nothing changes", async () => {
    const account = hostileAccount("stepRefusals");
    const client = new HostileClient();
    const before = await snapshot(account.id);
    for (const headers of [{ origin: "https://evil.example", "sec-fetch-site": "cross-site" }, { origin: "null" }, { origin: "http://localhost.evil.example" }]) {
      const res = await passwordPost(client, account, { headers });
      expect(res.status, `origin ${headers.origin}`).toBe(403);
      expect(res.setCookies).toEqual([]);
    }
    for (const method of ["GET", "PUT", "DELETE"]) {
      const res = await client.request(method, "/login/step/password");
      expect(res.status, method).toBe(405);
    }
    expect((await post(client, "choose", { choice: "full" })).status, "the chooser posts to its page's action").toBe(404);
    expect((await post(client, "..%2Fverify", { code: "1" })).status).toBeLessThan(500);
    const origin = { origin: new URL(client.baseUrl).origin };
    const json = await client.request("POST", "/login/step/password", { data: JSON.stringify({ loginId: account.loginId, password: account.password }), contentType: "application/json" }, { headers: origin });
    expect(json.status).toBe(415);
    const broken = await client.request("POST", "/login/step/password", { data: "--nope\r\nContent-Disposition: form-data\r\n\r\n", contentType: "multipart/form-data; boundary=other" }, { headers: origin });
    expect(broken.status).toBe(400);
    const huge = await post(client, "password", { loginId: account.loginId, password: "x".repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await snapshot(account.id)).toEqual(before);
  });

  test("form refusals come back to the page with a code the page words; no flow cookie, no session", async () => {
    const account = hostileAccount("stepRefusals");
    const client = new HostileClient(undefined, { "x-forwarded-for": "203.0.113.62" });
    const wrong = await post(client, "password", { loginId: account.loginId, password: "not-the-password", callbackUrl: "/payslips" });
    expect(wrong.status).toBe(303);
    expect(wrong.redirectPath).toBe("/login?error=invalid_credentials&callbackUrl=%2Fpayslips");
    expect(client.jar.has(FLOW_COOKIE)).toBe(false);
    // The ID as typed comes back through a minute-long cookie, never the URL; the password through nothing.
    const typed = wrong.setCookies.find((c) => c.name === "tobira_typed_login");
    expect(typed?.value).toBe(account.loginId);
    expect(wrong.redirect).not.toContain(account.loginId);
    const page = await client.get(wrong.redirectPath!);
    expect(page.body).toContain("ログインIDまたはパスワードが正しくありません");
    expect(page.body).toContain(`value="${account.loginId}"`);
    expect(page.body).not.toContain("not-the-password");
    expect((await post(client, "password", { loginId: "", password: "" })).redirectPath).toBe("/login?error=required");
    expect((await post(client, "password", { loginId: account.loginId, password: "x".repeat(5000) })).redirectPath).toBe("/login?error=invalid_credentials");
    // An open redirect through the return address is dropped.
    expect((await post(client, "password", { loginId: account.loginId, password: "nope", callbackUrl: "//evil.example/x" })).redirectPath).toBe("/login?error=invalid_credentials");
    // A code without any flow cookie, or with a forged one: back to the start.
    expect((await post(new HostileClient(), "verify", { code: "123456" })).redirectPath).toBe("/login?expired=1");
    // A flow at another stage (the chooser) does not take a code.
    expect((await passwordPost(client, account)).redirectPath).toBe("/login/choose");
    expect((await post(client, "verify", { code: "123456" })).redirectPath).toBe("/login?expired=1");
    // An unknown code shows nothing: the form's alert stays empty (the page holds only its own words).
    const crafted = await client.get("/login?error=%3Cb%3Eowned%3C%2Fb%3E");
    expect(crafted.status).toBe(200);
    expect(crafted.body).toContain('<div role="alert" aria-live="assertive" class="min-h-0"></div>');
    expect(crafted.body).not.toContain("<b>owned");
    expect(await liveSessions(account.id)).toHaveLength(0);
  });

  test("parallel code posts of one account's sign-ins: one session, the rest refused", async () => {
    const account = hostileAccount("stepParallel");
    const clients: HttpClient[] = [];
    for (let i = 0; i < 4; i++) clients.push(await atCodeStep(account, 70 + i));
    await awayFromStepEdge();
    const code = await freshTotp(account);
    const answers = await Promise.all(clients.map((c) => post(c, "verify", { code })));
    for (const a of answers) expect(a.status).toBe(303);
    expect(answers.filter((a) => a.redirectPath === "/home")).toHaveLength(1);
    for (const a of answers.filter((x) => x.redirectPath !== "/home")) expect(a.redirectPath).toMatch(/^\/login(\/verify)?\?(error=code_reused|expired=1)$/);
    expect(await liveSessions(account.id)).toHaveLength(1);
    const flows = await query<{ n: string }>(`SELECT count(*) AS n FROM "LoginFlow" WHERE "accountId" = $1 AND stage = 'done'`, [account.id]);
    expect(Number(flows[0]!.n)).toBe(0);
  });
});
