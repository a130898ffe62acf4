// Family 5 — leaks, run last (the "leaks" project depends on "attacks"): the
// secrets of this run — TOTP keys, password hashes, e-mailed codes, token and
// code hashes, the server's own keys — never appear in any response the suite
// received (HTML, RSC payloads, error pages; recorded by support/client.ts), in the
// server's log of the whole run, or in the client bundle (.next/static).
import { expect, test } from "@playwright/test";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ScureBase32Plugin } from "otplib";
import type { Mail } from "@/e2e/support/mail";
import { HOSTILE_ACCOUNTS, HOSTILE_PASSWORD, hostileAccount, type HostileAccountName } from "./support/accounts";
import { HostileClient } from "./support/client";
import { query } from "./support/db";
import { hostileEnv } from "./support/env";

const env = hostileEnv();
type Secret = { what: string; value: string };

/** The run's secrets, each in the forms it could leak in. */
async function secrets(): Promise<{ anywhere: Secret[]; inBodies: Secret[] }> {
  const anywhere: Secret[] = [];
  const add = (what: string, value: string | null | undefined, list = anywhere) => {
    if (value && value.length >= 6) list.push({ what, value });
  };
  const base32 = new ScureBase32Plugin();
  for (const name of Object.keys(HOSTILE_ACCOUNTS) as HostileAccountName[]) {
    const key = hostileAccount(name).totpKey;
    if (!key) continue;
    const raw = Buffer.from(base32.decode(key));
    add(`TOTP key of ${name} (base32)`, key);
    add(`TOTP key of ${name} (hex)`, raw.toString("hex"));
    add(`TOTP key of ${name} (base64)`, raw.toString("base64").replace(/=+$/, ""));
  }
  for (const r of await query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "Account"`)) add("a password hash", r.passwordHash);
  for (const r of await query<{ secretEnc: string }>(`SELECT "secretEnc" FROM "TotpCredential"`)) add("a sealed TOTP secret", r.secretEnc);
  for (const r of await query<{ a: string | null; b: string | null }>(`SELECT "tokenHash" a, "grantHash" b FROM "LoginFlow"`)) {
    add("a login flow's token hash", r.a);
    add("a grant hash", r.b);
  }
  for (const table of ["RecoveryCode", "MailedCode"]) {
    for (const r of await query<{ h: string }>(`SELECT "codeHash" h FROM "${table}"`)) add(`a ${table} hash`, r.h);
  }
  for (const r of await query<{ h: string }>(`SELECT "tokenHash" h FROM "RememberedBrowser"`)) add("a remembered browser's token hash", r.h);
  const secretsFile = path.join(env.dir, "secrets.json");
  if (existsSync(secretsFile)) {
    const s = JSON.parse(readFileSync(secretsFile, "utf8")) as Record<string, string>;
    for (const [k, v] of Object.entries(s)) add(`the server's ${k}`, v);
  }
  add("the suite's password", HOSTILE_PASSWORD);
  // E-mailed codes: a code belongs in its mail, never in a page, payload or log line.
  const inBodies: Secret[] = [];
  const mails = (await (await fetch(`${env.mailCaptureUrl}/messages`)).json()) as Mail[];
  for (const m of mails) for (const code of m.text.match(/(?<![0-9])\d{6}(?![0-9])/g) ?? []) add(`a code mailed to ${m.to[0]}`, code, inBodies);
  return { anywhere, inBodies };
}

/** Each recorded response: its headers without Set-Cookie (cookies carry tokens by design) and its body. */
function recordedResponses(): { label: string; text: string }[] {
  if (!existsSync(env.bodiesDir)) return [];
  const out: { label: string; text: string }[] = [];
  for (const file of readdirSync(env.bodiesDir)) {
    for (const entry of readFileSync(path.join(env.bodiesDir, file), "utf8").split("\n===== ").slice(1)) {
      const [label = ""] = entry.split("\n", 1);
      out.push({ label, text: entry.split("\n").filter((l) => !/^set-cookie:/i.test(l)).join("\n") });
    }
  }
  return out;
}

function findIn(text: string, secret: Secret): boolean {
  if (/^\d{6}$/.test(secret.value)) return new RegExp(`(?<![0-9A-Za-z])${secret.value}(?![0-9A-Za-z])`).test(text);
  return text.includes(secret.value);
}

test("no secret of the run in any response the suite received, error pages included", async () => {
  // A few error answers of our own, so they are in the record too.
  const client = new HostileClient();
  await client.get("/no-such-page");
  await client.get("/payslips/not-an-id");
  await client.request("POST", "/login", { data: "garbage", contentType: "multipart/form-data" }, { headers: { "next-action": "00".repeat(21), origin: client.baseUrl } });

  const responses = recordedResponses();
  expect(responses.length, "the other families' responses were recorded").toBeGreaterThan(3);
  const { anywhere, inBodies } = await secrets();
  expect(anywhere.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const r of responses) {
    for (const s of [...anywhere, ...inBodies]) if (findIn(r.text, s)) found.push(`${s.what} in ${r.label}`);
  }
  expect(found).toEqual([]);
});

test("no secret of the run in the servers' logs of the whole run", async () => {
  const log = readdirSync(env.dir).filter((f) => f.endsWith(".log")).map((f) => readFileSync(path.join(env.dir, f), "utf8")).join("\n");
  expect(log.length).toBeGreaterThan(0);
  const { anywhere, inBodies } = await secrets();
  const found = [...anywhere, ...inBodies].filter((s) => findIn(log, s)).map((s) => s.what);
  expect(found).toEqual([]);
});

test("the client bundle holds no server secret or server-only code", async () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(process.cwd(), ".next/static"));
  const { anywhere } = await secrets();
  const serverOnly = ["passwordHash", "secretEnc", "TOTP_ENCRYPTION_KEY", "AUTH_SECRET", "DATABASE_URL", "tokenHash", "grantHash", "@node-rs/argon2", "RESEND_API_KEY"];
  const found: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const word of serverOnly) if (text.includes(word)) found.push(`${word} in ${path.relative(process.cwd(), f)}`);
    for (const s of anywhere) if (text.includes(s.value)) found.push(`${s.what} in ${path.relative(process.cwd(), f)}`);
  }
  expect(files.length).toBeGreaterThan(0);
  expect(found).toEqual([]);
});
