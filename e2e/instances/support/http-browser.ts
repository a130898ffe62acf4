/**
 * One browser, as raw HTTP: a cookie jar, pages loaded with GET and server
 * actions posted the way React posts them (encodeReply, `Next-Action` header;
 * IDs from the build, see bench/action-client.ts). Cookies belong to the host,
 * not the port, so the same jar talks to instance A and instance B — as one
 * browser would behind a load balancer.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { loadActionIds } from "@/bench/action-client";

const require = createRequire(path.resolve("package.json"));
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

let ids: Map<string, string> | undefined;

export const LOGIN = "app/(auth)/login/actions.ts";

export type Answer = { status: number; redirect: string | null; body: string; headers: Headers };

export class HttpBrowser {
  readonly jar = new Map<string, string>();

  /** POSTs a server action (`file#export`) as the page's form would; `fields` become its FormData. */
  async action(origin: string, pagePath: string, action: string, fields: Record<string, string>, withPrevState = true, headers: Record<string, string> = {}): Promise<Answer> {
    ids ??= loadActionIds();
    const id = ids.get(action);
    if (!id) throw new Error(`no server action ${action} in the build`);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const body = await encodeReply(withPrevState ? [{}, form] : [form]);
    const res = await fetch(origin + pagePath, {
      method: "POST",
      headers: { ...headers, "next-action": id, accept: "text/x-component", cookie: this.cookieHeader(), origin },
      body,
      redirect: "manual",
    });
    this.store(res);
    const text = await res.text();
    // next-auth redirects to an absolute URL; Next's own redirect() is relative.
    const target = res.headers.get("x-action-redirect")?.split(";")[0] ?? null;
    const redirect = target && target.startsWith("http") ? new URL(target).pathname + new URL(target).search : target;
    return { status: res.status, redirect, body: text, headers: res.headers };
  }

  async get(origin: string, pagePath: string): Promise<Answer> {
    const res = await fetch(origin + pagePath, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    this.store(res);
    return { status: res.status, redirect: res.headers.get("location"), body: await res.text(), headers: res.headers };
  }

  hasSession(): boolean {
    return ["authjs.session-token", "__Secure-authjs.session-token"].some((n) => this.jar.has(n));
  }

  private cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === "") this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
}

/** The steps of a sign-in, each on the instance given. */
export const steps = {
  password: (b: HttpBrowser, origin: string, loginId: string, password: string) =>
    b.action(origin, "/login", `${LOGIN}#passwordAction`, { loginId, password }),
  choose: (b: HttpBrowser, origin: string, choice: "full" | "limited" | "cancel") =>
    b.action(origin, "/login/choose", `${LOGIN}#chooseAction`, { choice }, false),
  code: (b: HttpBrowser, origin: string, code: string, remember = false) =>
    b.action(origin, "/login/verify", `${LOGIN}#verifyAction`, remember ? { code, remember: "on" } : { code }),
  remember: (b: HttpBrowser, origin: string, choice: "ok" | "decline") =>
    b.action(origin, "/login/remember", `${LOGIN}#rememberAction`, { choice }, false),
  sendCode: (b: HttpBrowser, origin: string) => b.action(origin, "/login/verify", `${LOGIN}#sendCodeAction`, {}),
};
