/**
 * Runs code that calls next/headers (`cookies()`, `headers()`) the way a server
 * action does, inside Next's own request stores, with a cookie jar that plays
 * the browser: cookies the code sets are kept for the next request.
 *
 *   const browser = new TestBrowser();
 *   await browser.request(() => passwordStep({ loginId, password }));
 */
import "./next-async-storage";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { ResponseCookies } from "next/dist/server/web/spec-extension/cookies";

export class TestBrowser {
  readonly jar = new Map<string, string>();

  constructor(readonly ip = "203.0.113.7", readonly userAgent = "vitest") {}

  async request<T>(fn: () => Promise<T>): Promise<T> {
    const headers = new Headers({ "x-forwarded-for": this.ip, "user-agent": this.userAgent });
    if (this.jar.size > 0) headers.set("cookie", [...this.jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const store = createRequestStoreForAPI(
      { headers: Object.fromEntries(headers) } as never,
      { pathname: "/login", search: "" } as never,
      undefined as never,
      (setCookies: string[]) => this.remember(setCookies),
      undefined as never,
      undefined,
    );
    const work = { route: "/login", forceStatic: false, dynamicShouldError: false } as never;
    return workAsyncStorage.run(work, () => workUnitAsyncStorage.run(store, fn));
  }

  private remember(setCookies: string[]) {
    const parsed = new ResponseCookies(new Headers(setCookies.map((c) => ["set-cookie", c] as [string, string])));
    for (const c of parsed.getAll()) {
      const expired = c.maxAge === 0 || (c.expires instanceof Date && c.expires.getTime() <= Date.now()) || c.value === "";
      if (expired) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
  }
}
