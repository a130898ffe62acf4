/**
 * A browser for integration tests of code that reads `cookies()`/`headers()`
 * (the sign-in steps): each `request(fn)` runs `fn` inside Next's own request
 * stores, as a server action runs, with this browser's cookie jar as the
 * Cookie header; the Set-Cookie lines the code writes go back into the jar.
 */
import "./node-als";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { ResponseCookies } from "next/dist/server/web/spec-extension/cookies";

export class TestBrowser {
  readonly jar = new Map<string, string>();

  constructor(readonly userAgent = "vitest", readonly ip = "203.0.113.7") {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  /** Runs `fn` as one request of this browser (an action: cookies may be set). */
  async request<T>(fn: () => Promise<T>, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers = new Headers({ "user-agent": this.userAgent, "x-forwarded-for": this.ip, ...extraHeaders });
    const cookieHeader = [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
    if (cookieHeader) headers.set("cookie", cookieHeader);
    const onUpdateCookies = (lines: string[]) => this.absorb(lines);
    const requestStore = createRequestStoreForAPI({ headers } as never, new URL("http://localhost/login"), undefined as never, onUpdateCookies, undefined, undefined);
    const workStore = { route: "/test", page: "/test", forceStatic: false, dynamicShouldError: false, isStaticGeneration: false } as never;
    return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
  }

  private absorb(lines: string[]) {
    const parsed = new ResponseCookies(new Headers(lines.map((l) => ["set-cookie", l] as [string, string])));
    for (const c of parsed.getAll()) {
      const expired = (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires !== undefined && new Date(c.expires).getTime() <= Date.now()) || c.value === "";
      if (expired) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
  }
}
