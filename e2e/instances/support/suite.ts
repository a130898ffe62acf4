/** What the specs of e2e/instances/ share: where the servers are, the accounts, and a full sign-in. */
import { expect } from "@playwright/test";
import pg from "pg";
import type { HttpClient } from "@/e2e/support/http/client";
import { chooseStep, codeStep, passwordStep } from "@/e2e/support/http/sign-in";
import { freshTotp } from "@/e2e/support/totp";
import { ACCOUNTS, PASSWORD, type AccountName, type SeededKeys } from "./accounts";

export function servers() {
  const a = process.env.INSTANCES_A;
  const b = process.env.INSTANCES_B;
  if (!a || !b) throw new Error("e2e/instances: run with -c playwright.instances.config.ts (its global setup starts the servers)");
  return { a, b, capture: process.env.INSTANCES_CAPTURE!, databaseUrl: process.env.INSTANCES_DB! };
}

export function account(name: AccountName) {
  const keys = JSON.parse(process.env.INSTANCES_KEYS ?? "{}") as SeededKeys;
  const spec = ACCOUNTS[name];
  return { ...spec, password: PASSWORD, key: keys[spec.loginId], used: new Set<string>() };
}

export type Account = ReturnType<typeof account>;

/** ID + password on `origins[0]`, 「すべての機能を利用する」 (employees) and the Authenticator code on the others. */
export async function fullSignIn(browser: HttpClient, acc: Account, origins: { password: string; choose?: string; code: string }, remember = false) {
  const pw = await passwordStep(browser.at(origins.password), acc);
  if (acc.role === "EMPLOYEE") {
    expect(pw.redirectPath, pw.body.slice(0, 300)).toBe("/login/choose");
    const chosen = await chooseStep(browser.at(origins.choose ?? origins.password), "full");
    expect(chosen.redirectPath).toBe("/login/verify");
  } else {
    expect(pw.redirectPath, pw.body.slice(0, 300)).toBe("/login/verify");
  }
  const code = await codeStep(browser.at(origins.code), await freshTotp(acc.key!, acc.used), { remember });
  expect(code.redirectPath, code.body.slice(0, 300)).toBe(remember ? "/login/remember" : "/home");
  return code;
}

/** One query on the suite's database (the test reads ids and counts there, never through the app). */
export async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
