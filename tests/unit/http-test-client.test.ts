// The raw-HTTP test client (e2e/support/http/) writes server action calls by
// hand; the suites trust that the server reads them as a browser's. Here the
// hand-made encoding is compared with React's own encodeReply (the copy Next
// ships, which the browser runs), and the cookie jar's reading of Set-Cookie
// and of redirects is pinned down.
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeActionArgs, form } from "@/e2e/support/http/action-encoding";
import { localPath } from "@/e2e/support/http/client";
import { isDeletion, parseSetCookie } from "@/e2e/support/http/cookies";

const require = createRequire(path.resolve("package.json"));
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

/** The (name, value) parts of a multipart body, in order. */
function parts(body: Buffer, contentType: string): [string, string][] {
  const boundary = contentType.match(/boundary=(.+)$/)![1]!;
  return body
    .toString("utf8")
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head = "", value = ""] = part.replace(/^\r\n/, "").replace(/\r\n$/, "").split("\r\n\r\n");
      return [head.match(/name="([^"]*)"/)![1]!, value];
    });
}

function formData(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe("encodeActionArgs", () => {
  const cases: [string, unknown[], unknown[]][] = [
    ["a form with its previous state", [{}, form({ loginId: "C001-00042", password: "$secret" })], [{}, formData({ loginId: "C001-00042", password: "$secret" })]],
    ["a form alone", [form({ choice: "full" })], [formData({ choice: "full" })]],
    ["an empty form", [form({})], [new FormData()]],
    ["an empty form with its previous state", [{}, form({})], [{}, new FormData()]],
    ["a form among values", [{ step: "$x", n: 1 }, form({ code: "123456" })], [{ step: "$x", n: 1 }, formData({ code: "123456" })]],
  ];
  for (const [what, ours, react] of cases) {
    it(`sends what the browser sends: ${what}`, async () => {
      const { body, contentType } = encodeActionArgs(ours);
      const theirs = await encodeReply(react);
      expect(theirs).toBeInstanceOf(FormData);
      expect(parts(body, contentType)).toEqual([...(theirs as FormData).entries()]);
    });
  }
});

describe("cookies", () => {
  it("reads the value and every attribute, flags included", () => {
    const c = parseSetCookie("tobira_login=abc=def; Path=/; HttpOnly; SameSite=Lax; Max-Age=1800");
    expect(c).toMatchObject({ name: "tobira_login", value: "abc=def", attributes: { path: "/", httponly: "", samesite: "Lax", "max-age": "1800" } });
    expect(isDeletion(c)).toBe(false);
  });

  it("knows a deletion: an empty value, Max-Age 0, or an expiry in the past", () => {
    expect(isDeletion(parseSetCookie("a=; Path=/"))).toBe(true);
    expect(isDeletion(parseSetCookie("a=1; Max-Age=0"))).toBe(true);
    expect(isDeletion(parseSetCookie("a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"))).toBe(true);
  });
});

describe("localPath", () => {
  it("keeps a redirect on this server as a path, and nothing else", () => {
    expect(localPath("/login/verify?send=failed", "http://localhost:3000")).toBe("/login/verify?send=failed");
    expect(localPath("http://localhost:3000/home?x=1", "http://localhost:3000")).toBe("/home?x=1");
    expect(localPath("http://localhost:3002/home", "http://localhost:3000")).toBeNull();
    expect(localPath("//evil.example/home", "http://localhost:3000")).toBeNull();
    expect(localPath(null, "http://localhost:3000")).toBeNull();
  });
});
