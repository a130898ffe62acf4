/**
 * The attacker's client: the shared raw-HTTP client (e2e/support/http/) on
 * this run's server, its requests marked as the suite's, and every answer it
 * gets appended to the run's bodies folder for the leak family (leaks.spec.ts).
 */
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { HttpClient, type HttpResponse } from "@/e2e/support/http/client";
import { hostileEnv } from "./env";

let bodiesFile: string | undefined;
function record(method: string, url: string, res: HttpResponse) {
  if (!bodiesFile) {
    const dir = hostileEnv().bodiesDir;
    mkdirSync(dir, { recursive: true });
    bodiesFile = path.join(dir, `${process.pid}.txt`);
  }
  const headerText = Object.entries(res.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join("\n" + k + ": ") : v}`).join("\n");
  appendFileSync(bodiesFile, `\n===== ${method} ${url} → ${res.status}\n${headerText}\n\n${res.body}\n`);
}

export class HostileClient extends HttpClient {
  constructor(baseUrl = hostileEnv().baseUrl, headers: Record<string, string> = {}) {
    super(baseUrl, { headers: { "user-agent": "hostile-suite/1", ...headers }, onResponse: record });
  }
}
