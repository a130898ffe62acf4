/**
 * An attacker's HTTP client: node:http (so Host, Origin and bodies are exactly
 * what the test says), a hand-made cookie jar that can be read, edited and
 * forged, redirects never followed. Every response body is appended to the
 * run's bodies folder for the leak family (leaks.spec.ts).
 */
import { appendFileSync, mkdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { hostileEnv } from "./env";

export type SetCookie = {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags (HttpOnly, Secure) have the value "". */
  attributes: Record<string, string>;
  raw: string;
};

export type HttpResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  setCookies: SetCookie[];
  /** Location of an HTTP redirect, or the target a server action answered with (x-action-redirect), as sent. */
  redirect: string | null;
  /** The redirect as a path when it stays on this server (relative, or our own origin); else null. */
  redirectPath: string | null;
};

export type RequestOptions = {
  headers?: Record<string, string | undefined>;
  /** Moves the server's clock for this request (x-tobira-test-now; lib/clock.ts). */
  now?: Date;
  /** Keep the jar as it is (do not store this response's cookies). */
  ignoreCookies?: boolean;
};

/** A server action's form argument (FormData on the client). */
export class FormArg {
  constructor(readonly fields: Record<string, string | string[]>) {}
}
export const form = (fields: Record<string, string | string[]>) => new FormArg(fields);

export function parseSetCookie(raw: string): SetCookie {
  const [pair, ...attrs] = raw.split(";");
  const eq = pair!.indexOf("=");
  const attributes: Record<string, string> = {};
  for (const a of attrs) {
    const i = a.indexOf("=");
    const key = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    if (key) attributes[key] = i < 0 ? "" : a.slice(i + 1).trim();
  }
  return { name: pair!.slice(0, eq).trim(), value: pair!.slice(eq + 1).trim(), attributes, raw };
}

function isDeletion(c: SetCookie): boolean {
  if (c.attributes["max-age"] !== undefined && Number(c.attributes["max-age"]) <= 0) return true;
  const expires = c.attributes["expires"];
  return c.value === "" || (expires !== undefined && new Date(expires).getTime() < Date.now());
}

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

/** Encodes server action arguments the way React's encodeReply does (multipart; a FormData as "$K<n>", its fields as "_<n>_<name>"). */
export function encodeActionArgs(args: unknown[]): { body: Buffer; contentType: string } {
  const boundary = `----hostile${Math.random().toString(16).slice(2)}`;
  const parts: [string, string][] = [];
  let nextId = 1;
  const encode = (v: unknown): unknown => {
    if (v === undefined) return "$undefined";
    if (v instanceof FormArg) {
      const id = nextId++;
      for (const [k, value] of Object.entries(v.fields)) for (const one of [value].flat()) parts.push([`_${id}_${k}`, one]);
      return `$K${id.toString(16)}`;
    }
    if (typeof v === "string") return v.startsWith("$") ? `$${v}` : v;
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const root = JSON.stringify(encode(args));
  // The root goes last, as the browser sends it: the server resolves "$K" references when the root arrives.
  const all: [string, string][] = [...parts, ["0", root]];
  const body = all.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body: Buffer.from(body, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** `target` as a path if it stays on `baseUrl`'s origin, else null. */
export function localPath(target: string | null, baseUrl: string): string | null {
  if (!target) return null;
  if (target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")) return target;
  try {
    const url = new URL(target);
    return url.origin === new URL(baseUrl).origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

export class HttpClient {
  /** name → value; edit it freely to forge, plant or drop cookies. */
  readonly jar = new Map<string, string>();
  /** Every Set-Cookie this client received, in order (attributes included). */
  readonly received: SetCookie[] = [];

  constructor(readonly baseUrl = hostileEnv().baseUrl, readonly defaults: Record<string, string> = {}) {}

  cookieHeader(): string | undefined {
    if (this.jar.size === 0) return undefined;
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(method: string, pathname: string, body?: { data: Buffer | string; contentType: string }, opts: RequestOptions = {}): Promise<HttpResponse> {
    const url = new URL(pathname, this.baseUrl);
    const headers: Record<string, string> = { "user-agent": "hostile-suite/1", ...this.defaults };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    if (opts.now) headers["x-tobira-test-now"] = opts.now.toISOString();
    if (body) headers["content-type"] = body.contentType;
    for (const [k, v] of Object.entries(opts.headers ?? {})) {
      if (v === undefined) delete headers[k.toLowerCase()];
      else headers[k.toLowerCase()] = v;
    }
    const data = body ? Buffer.from(body.data) : undefined;
    if (data) headers["content-length"] = String(data.length);
    const res = await new Promise<HttpResponse>((resolve, reject) => {
      const req = http.request(url, { method, headers, setHost: !("host" in headers) }, (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => {
          const setCookies = (r.headers["set-cookie"] ?? []).map(parseSetCookie);
          const actionRedirect = r.headers["x-action-redirect"];
          const redirect = (r.headers.location as string | undefined) ?? (typeof actionRedirect === "string" ? actionRedirect.split(";")[0]! : null);
          resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks).toString("utf8"), setCookies, redirect, redirectPath: localPath(redirect, this.baseUrl) });
        });
        r.on("error", reject);
      });
      req.on("error", reject);
      if (data) req.write(data);
      req.end();
    });
    record(method, url.pathname + url.search, res);
    this.received.push(...res.setCookies);
    if (!opts.ignoreCookies) {
      for (const c of res.setCookies) {
        if (isDeletion(c)) this.jar.delete(c.name);
        else this.jar.set(c.name, c.value);
      }
    }
    return res;
  }

  get(pathname: string, opts?: RequestOptions) {
    return this.request("GET", pathname, undefined, opts);
  }

  postForm(pathname: string, fields: Record<string, string>, opts?: RequestOptions) {
    return this.request("POST", pathname, { data: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" }, opts);
  }

  /**
   * Calls a server action by its ID, as the browser's fetch would (Next-Action
   * header, React's reply encoding), posted to a page that holds it. Origin is
   * this server's own unless opts.headers says otherwise (undefined drops it).
   */
  action(pathname: string, actionId: string, args: unknown[], opts: RequestOptions = {}) {
    const { body, contentType } = encodeActionArgs(args);
    return this.request("POST", pathname, { data: body, contentType }, {
      ...opts,
      headers: { origin: new URL(this.baseUrl).origin, "next-action": actionId, accept: "text/x-component", ...opts.headers },
    });
  }
}

/** The RSC rows of a server action's answer, parsed where they are JSON ("1:{…}"). */
export function actionRows(body: string): unknown[] {
  return body
    .split("\n")
    .map((line) => line.match(/^[0-9a-f]+:(.*)$/)?.[1])
    .filter((v): v is string => !!v)
    .map((json) => {
      try {
        return JSON.parse(json);
      } catch {
        return json;
      }
    });
}

/** The value a server action returned (its result row), or undefined. */
export function actionResult<T = Record<string, unknown>>(body: string): T | undefined {
  const lines = body.split("\n");
  // Row 0 ({a: "$@1", …}) names the result's row; it need not come first (a re-rendered page may precede it).
  const head = lines.find((l) => l.startsWith("0:"));
  if (!head) return undefined;
  let a: unknown;
  try {
    a = (JSON.parse(head.slice(2)) as { a?: unknown }).a;
  } catch {
    return undefined;
  }
  if (typeof a === "string" && a.startsWith("$@")) {
    const line = lines.find((l) => l.startsWith(`${a.slice(2)}:`));
    return line ? (JSON.parse(line.slice(line.indexOf(":") + 1)) as T) : undefined;
  }
  return (a as T) ?? undefined;
}
