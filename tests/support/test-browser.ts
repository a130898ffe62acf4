/**
 * A browser for integration tests of code that reads next/headers (`cookies()`,
 * `headers()`): the sign-in steps and the data layer behind forms. Each
 * `request(fn)` runs `fn` inside Next's own request stores, as a server action
 * runs, with this browser's cookie jar as the Cookie header; what the code
 * sets or deletes goes back into the jar. Nothing is mocked: `cookies()` and
 * `headers()` are Next's real functions reading a real store.
 *
 *   const browser = new TestBrowser("203.0.113.7");
 *   await browser.request(() => passwordStep({ loginId, password }));
 *   browser.jar.get("tobira_login");
 *
 * Next's stores need `globalThis.AsyncLocalStorage` before they load: the
 * integration project's set-up file (tests/support/async-local-storage.ts)
 * sets it, as Next's server does at start-up. The imports below reach into
 * next/dist (no public API does this), so a Next upgrade may move them.
 */
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { ResponseCookies } from "next/dist/server/web/spec-extension/cookies";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/http/client-address";

export class TestBrowser {
  constructor(
    readonly ip = "203.0.113.7",
    readonly userAgent = "vitest",
    readonly jar = new Map<string, string>(),
  ) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  /** Runs `fn` as one request of this browser (an action: cookies may be set). */
  async request<T>(fn: () => Promise<T>, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers = new Headers(extraHeaders);
    // The address the server would stamp from the socket (lib/http/client-address.ts).
    headers.set(SOCKET_ADDRESS_HEADER, socketAddressStamp(this.ip));
    headers.set("user-agent", this.userAgent);
    // A browser sends bytes (a lone surrogate arrives as U+FFFD); outside printable ASCII a header
    // needs the escaped form, which Next's parser decodes.
    const cookieHeader = [...this.jar].map(([k, v]) => `${k}=${/^[\x20-\x7e]*$/.test(v) ? v : encodeURIComponent(Buffer.from(v).toString())}`).join("; ");
    if (cookieHeader) headers.set("cookie", cookieHeader);
    const store = createRequestStoreForAPI({ headers } as never, new URL("http://tobira.test/login"), undefined as never, (lines: string[]) => this.absorb(lines), undefined as never, undefined);
    const work = { route: "/test", page: "/test", forceStatic: false, dynamicShouldError: false, isStaticGeneration: false } as never;
    return workAsyncStorage.run(work, () => workUnitAsyncStorage.run(store, fn));
  }

  private absorb(lines: string[]) {
    const parsed = new ResponseCookies(new Headers(lines.map((l) => ["set-cookie", l] as [string, string])));
    for (const c of parsed.getAll()) {
      const expired = c.value === "" || (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires !== undefined && new Date(c.expires).getTime() <= Date.now());
      if (expired) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
  }
}
