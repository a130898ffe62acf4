/**
 * Set-Cookie as the raw-HTTP client reads it: name, value and every attribute
 * (so a test can check HttpOnly, SameSite, Secure…), and whether a header
 * deletes the cookie rather than sets it.
 */
export type SetCookie = {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags (HttpOnly, Secure) have the value "". */
  attributes: Record<string, string>;
  raw: string;
};

export function parseSetCookie(raw: string): SetCookie {
  const [pair, ...attrs] = raw.split(";");
  const eq = pair!.indexOf("=");
  const attributes: Record<string, string> = {};
  for (const a of attrs) {
    const i = a.indexOf("=");
    const key = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    if (key) attributes[key] = i < 0 ? "" : a.slice(i + 1).trim();
  }
  return { name: pair!.slice(0, eq).trim(), value: pair!.slice(eq + 1).trim(), attributes, raw };
}

/** An empty value, Max-Age ≤ 0 or an expiry in the past: a browser drops the cookie. */
export function isDeletion(c: SetCookie): boolean {
  if (c.attributes["max-age"] !== undefined && Number(c.attributes["max-age"]) <= 0) return true;
  const expires = c.attributes["expires"];
  return c.value === "" || (expires !== undefined && new Date(expires).getTime() < Date.now());
}
