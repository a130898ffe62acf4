/**
 * Server action arguments encoded the way React's encodeReply does in the
 * browser (multipart; a FormData as "$K<n>", its fields as "_<n>_<name>"),
 * written out by hand so a test can also send what no browser would.
 * tests/unit/http-test-client.test.ts checks it against encodeReply itself.
 */

/** A server action's form argument (FormData on the client). */
export class FormArg {
  constructor(readonly fields: Record<string, string | string[]>) {}
}
export const form = (fields: Record<string, string | string[]>) => new FormArg(fields);

export function encodeActionArgs(args: unknown[]): { body: Buffer; contentType: string } {
  const boundary = `----tobiraE2e${Math.random().toString(16).slice(2)}`;
  const parts: [string, string][] = [];
  let nextId = 1;
  const encode = (v: unknown): unknown => {
    if (v === undefined) return "$undefined";
    if (v instanceof FormArg) {
      const id = nextId++;
      for (const [k, value] of Object.entries(v.fields)) for (const one of [value].flat()) parts.push([`_${id}_${k}`, one]);
      return `$K${id.toString(16)}`;
    }
    if (typeof v === "string") return v.startsWith("$") ? `$${v}` : v;
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const root = JSON.stringify(encode(args));
  // The root goes last, as the browser sends it: the server resolves "$K" references when the root arrives.
  const all: [string, string][] = [...parts, ["0", root]];
  const body = all.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body: Buffer.from(body, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}
