/**
 * A request for code that reads next/headers (cookies(), headers()) outside a
 * running server: Next's own request store (the one it builds for a route
 * handler or a server action), entered through Next's own async-local storage.
 * Nothing is mocked: cookies() and headers() are the real functions reading a
 * real store, and the cookies the code sets are collected from the store.
 *
 *   const jar = new Map([["tobira_login", token]]);
 *   const result = await inRequest({ cookies: jar, ip: "203.0.113.7" }, () => passwordStep(input));
 *   // jar now holds the cookies the step set (and lacks the ones it deleted).
 */
// Next's storages exist only once the set-up file tests/support/async-local-storage.ts ran
// (the integration project's setupFiles); without it, entering a request throws.

type Jar = Map<string, string>;

export type FakeRequest = {
  /** The browser's cookies; updated in place with what the code sets or deletes. Sent as bytes, as a browser does (a lone surrogate arrives as U+FFFD). */
  cookies?: Jar;
  ip?: string;
  userAgent?: string;
  headers?: Record<string, string>;
};

async function storages() {
  const [{ workAsyncStorage }, { workUnitAsyncStorage }, { createRequestStoreForAPI }] = await Promise.all([
    import("next/dist/server/app-render/work-async-storage.external.js"),
    import("next/dist/server/app-render/work-unit-async-storage.external.js"),
    import("next/dist/server/async-storage/request-store.js"),
  ]);
  return { workAsyncStorage, workUnitAsyncStorage, createRequestStoreForAPI };
}

export async function inRequest<T>(request: FakeRequest, run: () => Promise<T>): Promise<T> {
  const { workAsyncStorage, workUnitAsyncStorage, createRequestStoreForAPI } = await storages();
  const jar = request.cookies ?? new Map<string, string>();
  const headers = new Headers(request.headers);
  headers.set("x-forwarded-for", request.ip ?? "203.0.113.7");
  headers.set("user-agent", request.userAgent ?? "vitest");
  if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${encodeURIComponent(Buffer.from(v).toString())}`).join("; "));
  // phase "action": cookies may be set, as in a server action.
  const store = createRequestStoreForAPI({ headers } as never, new URL("http://tobira.test/"), undefined as never, undefined, undefined as never, undefined);
  const work = { route: "/test", page: "/test", forceStatic: false, dynamicShouldError: false } as never;
  const result = await workAsyncStorage.run(work, () => workUnitAsyncStorage.run(store as never, run));
  for (const cookie of store.mutableCookies.getAll()) {
    if (cookie.value === "" || cookie.maxAge === 0 || (cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now())) jar.delete(cookie.name);
    else jar.set(cookie.name, cookie.value);
  }
  return result;
}
