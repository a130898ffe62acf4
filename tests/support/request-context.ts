/**
 * One request for code that reads next/headers, for tests that keep their own
 * cookie jar: a shorthand over TestBrowser (tests/support/test-browser.ts).
 *
 *   const jar = new Map([["tobira_login", token]]);
 *   const result = await inRequest({ cookies: jar, ip: "203.0.113.7" }, () => passwordStep(input));
 *   // jar now holds the cookies the step set (and lacks the ones it deleted).
 */
import { TestBrowser } from "./test-browser";

export type FakeRequest = {
  /** The browser's cookies; updated in place with what the code sets or deletes. */
  cookies?: Map<string, string>;
  ip?: string;
  userAgent?: string;
  headers?: Record<string, string>;
};

export function inRequest<T>(request: FakeRequest, run: () => Promise<T>): Promise<T> {
  return new TestBrowser(request.ip, request.userAgent, request.cookies).request(run, request.headers);
}
