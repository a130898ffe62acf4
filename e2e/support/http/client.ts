/**
 * The test suites' browser stand-in over raw HTTP: node:http (so Host, Origin
 * and bodies are exactly what the test says), a hand-made cookie jar that can
 * be read, edited and forged, redirects never followed, and server actions
 * called by their IDs as the browser's fetch calls them. Used by the
 * attacker's suite (e2e/hostile/) and the instances and fault suites
 * (e2e/instances/).
 */
import http from "node:http";
import { encodeActionArgs } from "./action-encoding";
import { isDeletion, parseSetCookie, type SetCookie } from "./cookies";

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

export type ClientOptions = {
  /** Headers of every request (a User-Agent, a forged X-Forwarded-For…); a request's own win. */
  headers?: Record<string, string>;
  /** Sees every answer (the attacker's suite keeps them all for its leak family). */
  onResponse?: (method: string, url: string, res: HttpResponse) => void;
};

type BrowserState = { jar: Map<string, string>; received: SetCookie[] };

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
  constructor(
    readonly baseUrl: string,
    readonly options: ClientOptions = {},
    private readonly state: BrowserState = { jar: new Map(), received: [] },
  ) {}

  /** name → value; edit it freely to forge, plant or drop cookies. */
  get jar(): Map<string, string> {
    return this.state.jar;
  }

  /** Every Set-Cookie this browser received, in order (attributes included). */
  get received(): SetCookie[] {
    return this.state.received;
  }

  /**
   * The same browser talking to another server. Cookies belong to the host,
   * not the port, so one jar serves instances A and B of one deployment, as a
   * browser's would behind a load balancer.
   */
  at(baseUrl: string): HttpClient {
    return new HttpClient(baseUrl, this.options, this.state);
  }

  cookieHeader(): string | undefined {
    if (this.jar.size === 0) return undefined;
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(method: string, pathname: string, body?: { data: Buffer | string; contentType: string }, opts: RequestOptions = {}): Promise<HttpResponse> {
    const url = new URL(pathname, this.baseUrl);
    const headers: Record<string, string> = { "user-agent": "tobira-e2e/1", ...this.options.headers };
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
    this.options.onResponse?.(method, url.pathname + url.search, res);
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
