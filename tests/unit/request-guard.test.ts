// Which writes proxy.ts refuses before Next's action handler (which would answer them with a 500).
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refusalFor, refusalResponse } from "@/lib/http/request-guard";

function post(headers: Record<string, string>, method = "POST") {
  return { method, headers: new Headers({ host: "portal.example:8443", ...headers }) };
}

describe("origin", () => {
  it("lets the site's own writes through, and a request without Origin (it carries no victim's cookies)", () => {
    expect(refusalFor(post({ origin: "https://portal.example:8443", "content-length": "10" }))).toBeNull();
    expect(refusalFor(post({ "content-length": "10" }))).toBeNull();
    expect(refusalFor(post({ origin: "https://portal.example:8443", "sec-fetch-site": "same-origin" }))).toBeNull();
  });

  it("refuses another origin, an opaque one, a malformed one, and a browser's cross-site request", () => {
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://portal.example" }, // another port is another origin
      { origin: "null" },
      { origin: "not a url" },
      { "sec-fetch-site": "cross-site" },
      { origin: "https://portal.example:8443", "sec-fetch-site": "same-site" },
    ];
    for (const headers of foreign) {
      expect(refusalFor(post(headers)), JSON.stringify(headers)).toEqual({ status: 403, reason: "origin" });
    }
    expect(refusalFor(post({ origin: "https://evil.example" }, "DELETE"))?.status).toBe(403);
  });

  it("compares with the host a trusted proxy forwarded, like Next's action handler", () => {
    const h = { host: "app:3000", "x-forwarded-host": "portal.example" };
    expect(refusalFor(post({ ...h, origin: "https://portal.example" }))).toBeNull();
    expect(refusalFor(post({ ...h, origin: "http://app:3000" }))?.status).toBe(403);
  });

  it("never refuses a read", () => {
    expect(refusalFor({ method: "GET", headers: new Headers({ origin: "null", "content-length": "99999999" }) })).toBeNull();
  });
});

describe("body size", () => {
  it("refuses a body over the action limit, or with a length that is not a number", () => {
    const self = { origin: "https://portal.example:8443" };
    expect(refusalFor(post({ ...self, "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(refusalFor(post({ ...self, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toEqual({ status: 413, reason: "size" });
    expect(refusalFor(post({ ...self, "content-length": "1e9" }))?.status).toBe(413);
  });

  it("asks for a length when the body is chunked", () => {
    expect(refusalFor(post({ "transfer-encoding": "chunked" }))).toEqual({ status: 411, reason: "length" });
  });
});

describe("the refusal", () => {
  it("is JSON in Japanese by default, in English with the language cookie, a small page for a browser's form", async () => {
    const json = refusalResponse({ status: 403, reason: "origin" }, new Headers({ accept: "text/x-component" }));
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({ error: "このリクエストは受け付けられません。Tobira の画面から操作してください。" });
    const en = refusalResponse({ status: 413, reason: "size" }, new Headers({ cookie: "a=b; tobira_locale=en" }));
    expect(await en.json()).toEqual({ error: "The data sent is too large." });
    const page = refusalResponse({ status: 403, reason: "origin" }, new Headers({ accept: "text/html,*/*" }));
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<html lang="ja">');
  });
});
