// Where one full login's time goes, step by step, on the JavaScript path (server
// actions: each redirect renders the next page into the answer) and on the form
// path (plain posts answered by a bare 303, bench/flows.ts BENCH_LOGIN_PATH=form),
// plus the pages the browser then loads. Serial, one login at a time, medians.
//
//   npx tsx bench/login-split.ts        (BENCH_POSTGRES_URL, BENCH_PORT, BENCH_LOGINS=40; `npx next build` first)
import { totpCode } from "@/lib/auth/totp";
import { BENCH_PASSWORD, type BenchAccount } from "./accounts";
import { ActionClient, loadActionIds } from "./action-client";
import { dropPostgres, preparePostgres } from "./database";
import { startServer } from "./server";

const LOGIN = "app/(auth)/login/actions.ts";
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://tobira:tobira@localhost:5432/tobira";
const logins = Number(process.env.BENCH_LOGINS ?? 40);
const port = Number(process.env.BENCH_PORT ?? 3230);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(times: Map<string, number[]>, name: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  times.set(name, [...(times.get(name) ?? []), performance.now() - t0]);
  return result;
}

function check(step: string, got: { status: number; redirect: string | null }, to: string) {
  if (got.redirect !== to) throw new Error(`login-split: ${step} answered ${got.status} → ${got.redirect} (expected ${to})`);
}

async function actionLogin(origin: string, ids: Map<string, string>, a: BenchAccount, times: Map<string, number[]>) {
  const c = new ActionClient(origin, ids);
  check("password", await timed(times, "password (action, renders /login/choose)", () => c.action("/login", `${LOGIN}#passwordAction`, { loginId: a.loginId, password: BENCH_PASSWORD })), "/login/choose");
  check("choose", await timed(times, "chooser (action, renders /login/verify)", () => c.action("/login/choose", `${LOGIN}#chooseAction`, { choice: "full" }, false)), "/login/verify");
  check("code", await timed(times, "code (action, renders /home)", () => c.action("/login/verify", `${LOGIN}#verifyAction`, { code: totpCode(a.secret) })), "/home");
}

async function formLogin(origin: string, ids: Map<string, string>, a: BenchAccount, times: Map<string, number[]>) {
  const c = new ActionClient(origin, ids);
  check("password", await timed(times, "password (POST /login/step/password → 303)", () => c.form("/login/step/password", { loginId: a.loginId, password: BENCH_PASSWORD, callbackUrl: "" })), "/login/choose");
  await timed(times, "GET /login/choose (HTML)", () => c.get("/login/choose"));
  check("choose", await timed(times, "chooser (no-JS action post → 303)", () => c.form("/login/choose", { choice: "full" }, `${LOGIN}#chooseAction`)), "/login/verify");
  await timed(times, "GET /login/verify (HTML)", () => c.get("/login/verify"));
  check("code", await timed(times, "code (POST /login/step/verify → 303)", () => c.form("/login/step/verify", { code: totpCode(a.secret) })), "/home");
  await timed(times, "GET /home (HTML)", () => c.get("/home"));
}

const prepared = await preparePostgres(postgresUrl, 2 * logins + 2);
if (!prepared) throw new Error(`login-split: no PostgreSQL at ${postgresUrl}`);
const server = await startServer({ port, databaseUrl: prepared.url });
try {
  const ids = loadActionIds();
  const times = new Map<string, number[]>();
  const accounts = [...prepared.accounts];
  // Warm-up: each page and action once.
  await actionLogin(server.origin, ids, accounts.shift()!, new Map());
  await formLogin(server.origin, ids, accounts.shift()!, new Map());
  for (let i = 0; i < logins; i++) {
    await actionLogin(server.origin, ids, accounts.shift()!, times);
    await formLogin(server.origin, ids, accounts.shift()!, times);
  }
  for (const [name, xs] of times) console.log(`${median(xs).toFixed(1).padStart(7)} ms  ${name}`);
} finally {
  await server.stop();
  await dropPostgres(postgresUrl);
}
