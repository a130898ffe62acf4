/**
 * What a person does, as HTTP: the full login (password → chooser → TOTP code,
 * cookies carried, each step's redirect rendered as the browser would get it)
 * and the limited-mode login that 打刻 uses (bench/punches.ts).
 *
 * BENCH_LOGIN_PATH=form walks the full login as a browser without JavaScript
 * does instead: each step a plain form post answered by a bare 303 (password
 * and code to /login/step/…, the chooser to its page's action), no page
 * rendered. The default, `action`, is the JavaScript path the figures have
 * always measured.
 */
import { totpCode } from "@/lib/auth/totp";
import { BENCH_PASSWORD, type BenchAccount } from "./accounts";
import { ActionClient } from "./action-client";

const LOGIN = "app/(auth)/login/actions.ts";

function expectRedirect(step: string, got: { status: number; redirect: string | null; body: string }, to: string) {
  if (got.redirect !== to) throw new Error(`bench: ${step} answered ${got.status} → ${got.redirect ?? "no redirect"} (expected ${to}): ${got.body.slice(0, 300)}`);
}

const formPath = process.env.BENCH_LOGIN_PATH === "form";

export async function fullLogin(origin: string, ids: Map<string, string>, account: BenchAccount): Promise<ActionClient> {
  if (formPath) return fullLoginByForms(origin, ids, account);
  const client = new ActionClient(origin, ids);
  expectRedirect("password", await client.action("/login", `${LOGIN}#passwordAction`, { loginId: account.loginId, password: BENCH_PASSWORD }), "/login/choose");
  expectRedirect("chooser", await client.action("/login/choose", `${LOGIN}#chooseAction`, { choice: "full" }, false), "/login/verify");
  expectRedirect("code", await client.action("/login/verify", `${LOGIN}#verifyAction`, { code: totpCode(account.secret) }), "/home");
  if (!hasSession(client)) throw new Error("bench: the login set no session cookie");
  return client;
}

async function fullLoginByForms(origin: string, ids: Map<string, string>, account: BenchAccount): Promise<ActionClient> {
  const client = new ActionClient(origin, ids);
  expectRedirect("password", await client.form("/login/step/password", { loginId: account.loginId, password: BENCH_PASSWORD, callbackUrl: "" }), "/login/choose");
  expectRedirect("chooser", await client.form("/login/choose", { choice: "full" }, `${LOGIN}#chooseAction`), "/login/verify");
  expectRedirect("code", await client.form("/login/step/verify", { code: totpCode(account.secret) }), "/home");
  if (!hasSession(client)) throw new Error("bench: the login set no session cookie");
  return client;
}

export async function limitedLogin(origin: string, ids: Map<string, string>, account: BenchAccount): Promise<ActionClient> {
  const client = new ActionClient(origin, ids);
  expectRedirect("password", await client.action("/login", `${LOGIN}#passwordAction`, { loginId: account.loginId, password: BENCH_PASSWORD }), "/login/choose");
  expectRedirect("chooser", await client.action("/login/choose", `${LOGIN}#chooseAction`, { choice: "limited" }, false), "/home");
  if (!hasSession(client)) throw new Error("bench: the limited login set no session cookie");
  return client;
}

function hasSession(client: ActionClient): boolean {
  return ["authjs.session-token", "__Secure-authjs.session-token"].some((n) => client.cookie(n));
}
