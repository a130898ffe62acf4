/**
 * A browser stand-in for the benchmark: a cookie jar and server-action calls
 * encoded exactly as React encodes them in the browser (encodeReply from the
 * copy Next ships), so the server does what it does for a real user: runs the
 * action, follows its redirect and renders the next page.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.resolve("package.json"));
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

type ManifestEntry = { exportedName?: string; filename?: string };

/** Action IDs of the production build, by "<file>#<export>". */
export function loadActionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

export type ActionResponse = { status: number; redirect: string | null; body: string };

export class ActionClient {
  private jar = new Map<string, string>();

  constructor(
    private readonly origin: string,
    private readonly ids: Map<string, string>,
  ) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  /** POSTs a server action the way the browser's form does; `fields` become its FormData. */
  async action(pagePath: string, action: string, fields: Record<string, string>, withPrevState = true, headers: Record<string, string> = {}): Promise<ActionResponse> {
    const id = this.ids.get(action);
    if (!id) throw new Error(`bench: no server action ${action} in the build`);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const body = await encodeReply(withPrevState ? [{}, form] : [form]);
    const res = await fetch(this.origin + pagePath, {
      method: "POST",
      headers: { ...headers, "next-action": id, accept: "text/x-component", cookie: this.cookieHeader(), origin: this.origin },
      body,
      redirect: "manual",
    });
    this.store(res);
    const text = await res.text();
    // Our redirects are paths; an absolute URL of this origin (older builds' next-auth redirect) is made one too.
    const target = res.headers.get("x-action-redirect")?.split(";")[0] ?? null;
    const redirect = target?.startsWith(this.origin) ? target.slice(this.origin.length) : target;
    return { status: res.status, redirect, body: text };
  }

  /**
   * POSTs a form as a browser without JavaScript does (multipart, no Next-Action):
   * to a route such as /login/step/password, or, with `actionField`, to a page whose
   * form is a server action (React's hidden `$ACTION_ID_<id>` field). Answers the 303's target.
   */
  async form(formPath: string, fields: Record<string, string>, action?: string, headers: Record<string, string> = {}): Promise<ActionResponse> {
    const form = new FormData();
    if (action) {
      const id = this.ids.get(action);
      if (!id) throw new Error(`bench: no server action ${action} in the build`);
      form.set(`$ACTION_ID_${id}`, "");
    }
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const res = await fetch(this.origin + formPath, {
      method: "POST",
      headers: { ...headers, cookie: this.cookieHeader(), origin: this.origin },
      body: form,
      redirect: "manual",
    });
    this.store(res);
    const body = await res.text();
    return { status: res.status, redirect: res.status === 303 ? res.headers.get("location") : null, body };
  }

  async get(pagePath: string): Promise<{ status: number; location: string | null }> {
    const res = await fetch(this.origin + pagePath, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    this.store(res);
    await res.arrayBuffer();
    return { status: res.status, location: res.headers.get("location") };
  }

  /** The Cookie header this jar sends, for a load tool that sends it as is. */
  cookieHeader(): string {
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
