// Which writes proxy.ts refuses before Next's action handler (which would answer them with a 500).
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyRefusal, refusalFor, refusalResponse } from "@/lib/http/request-guard";

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

describe("the encoding of a server-action call (POST with Next-Action)", () => {
  const call = (contentType?: string) => post({ "next-action": "7f00", "content-length": "10", ...(contentType ? { "content-type": contentType } : {}) });

  it("accepts what Next's client sends: multipart with a boundary, or the JSON text alone (text/plain)", () => {
    for (const type of ["multipart/form-data; boundary=----WebKitFormBoundaryAbC", 'multipart/form-data; boundary="a b"', "text/plain;charset=UTF-8", "Text/Plain"]) {
      expect(refusalFor(call(type)), type).toBeNull();
    }
  });

  it("refuses with 415 any other type, a multipart without its boundary, and none at all", () => {
    const refused = [
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "multipart/form-data; boundary=",
      "multipart/form-dataX; boundary=b", // Next takes it as multipart, its parser does not
      "Multipart/Form-Data; boundary=b", // Next's multipart test is case-sensitive: it would read this as JSON text
      "text/html",
      undefined,
    ];
    for (const type of refused) expect(refusalFor(call(type)), String(type)).toEqual({ status: 415, reason: "type" });
  });

  it("checks the origin and the size first, and leaves posts without Next-Action (no-JavaScript forms) alone", () => {
    expect(refusalFor(post({ "next-action": "7f00", "content-type": "application/json", origin: "https://evil.example" }))?.status).toBe(403);
    expect(refusalFor(post({ "next-action": "7f00", "content-type": "application/json", "content-length": "1e9" }))?.status).toBe(413);
    expect(refusalFor(post({ "content-type": "application/json", "content-length": "10" }))).toBeNull();
    expect(refusalFor(post({ "content-type": "application/x-www-form-urlencoded", "content-length": "10" }))).toBeNull();
  });
});

describe("the body of a server-action call", () => {
  const url = "https://portal.example:8443/login";
  const call = (body: BodyInit, headers: Record<string, string> = {}) => new Request(url, { method: "POST", body, headers: { "next-action": "7f00", ...headers } });
  /** A multipart body as the browser's FormData makes it (its own boundary). */
  const multipart = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return call(form);
  };
  const text = (body: string) => call(body, { "content-type": "text/plain;charset=UTF-8" });
  const raw = (body: string) => call(body, { "content-type": "multipart/form-data; boundary=b" });

  it("passes React's reply encoding: an argument list as the root, the form's fields beside it", async () => {
    expect(await actionBodyRefusal(multipart({ "_1_loginId": "C001-00042", "_1_password": "x", "0": '[{},"$K1"]' }))).toBeNull();
    expect(await actionBodyRefusal(text('["$undefined",{"a":1}]'))).toBeNull();
    expect(await actionBodyRefusal(text("[]"))).toBeNull();
  });

  it("refuses with 400 a root that is no JSON array, a missing root, and a body that does not parse", async () => {
    const refused: [string, Request][] = [
      ["broken JSON root", raw('--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{,\r\n--b--\r\n')],
      ["no root field", multipart({ "_1_loginId": "x" })],
      ["a number as the root", multipart({ "0": "42" })],
      ["a string as the root", multipart({ "0": '"not a form"' })],
      ["an object as the root", multipart({ "0": '{"loginId":1}' })],
      ["garbage for multipart", raw("garbage")],
      ["JSON text that is not JSON", text("nope")],
      ["JSON text that is a number", text("42")],
      ["an empty body", text("")],
    ];
    for (const [what, request] of refused) expect(await actionBodyRefusal(request), what).toEqual({ status: 400, reason: "body" });
  });

  it("refuses with 400 a reference to a part the body does not have (React's decoder would wait for it, then throw: a 500)", async () => {
    const refused: [string, Request][] = [
      ["a Map from a missing part, JSON text alone", text('[{},"$Q1"]')],
      ["a Set, a promise, an outlined object, a blob: no parts in JSON text", text('[{"a":["$W1","$@2","$3","$B4"]}]')],
      ["a reference that is no number", text('[{},"$zz"]')],
      ["the root referring to itself", text('[{},"$0"]')],
      ["a Map from a missing part, multipart", multipart({ "0": '[{},"$Q1"]' })],
      ["a Map whose part is no array", multipart({ "0": '[{},"$Q1"]', "1": '{"a":1}' })],
      ["a blob whose part is text", multipart({ "0": '[{},"$B1"]', "1": "x" })],
      ["a missing part behind a present one", multipart({ "0": '[{},"$1"]', "1": '{"m":"$Q2"}' })],
    ];
    for (const [what, request] of refused) expect(await actionBodyRefusal(request), what).toEqual({ status: 400, reason: "body" });
  });

  it("passes references to parts that are there, and inline values that look like references", async () => {
    expect(await actionBodyRefusal(multipart({ "0": '[{},"$Q1"]', "1": '[["a",1]]' }))).toBeNull();
    expect(await actionBodyRefusal(multipart({ "0": '[{},"$1:a"]', "1": '{"a":"$W2"}', "2": "[1,2]" }))).toBeNull();
    expect(await actionBodyRefusal(text('["$$Q1","$D2026-12-05T00:00:00.000Z","$n42","$NaN","$-0","$Infinity","$T"]'))).toBeNull();
  });

  it("reads a copy, so the action handler still gets the body", async () => {
    const request = text('["x"]');
    expect(await actionBodyRefusal(request)).toBeNull();
    expect(await request.text()).toBe('["x"]');
  });

  it("reads nothing of a request that is no action call", async () => {
    const form = new Request(url, { method: "POST", body: "garbage", headers: { "content-type": "multipart/form-data; boundary=b" } });
    expect(await actionBodyRefusal(form)).toBeNull();
    expect(form.bodyUsed).toBe(false);
    expect(await actionBodyRefusal(new Request(url, { headers: { "next-action": "7f00" } }))).toBeNull();
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

  it("names a refused encoding and an unreadable body in the user's language", async () => {
    expect(await refusalResponse({ status: 415, reason: "type" }, new Headers()).json()).toEqual({ error: "この形式の送信データは受け付けられません。Tobira の画面から操作してください。" });
    const en = refusalResponse({ status: 400, reason: "body" }, new Headers({ cookie: "tobira_locale=en" }));
    expect(en.status).toBe(400);
    expect(await en.json()).toEqual({ error: "The data sent could not be read. Please use Tobira's own pages." });
  });
});
