/**
 * Forgiving code input: full-width digits (１２３４５６), spaces and hyphens,
 * as phones and IMEs type them, are normalised before checking.
 */
export function normaliseCode(input: unknown): string {
  if (typeof input !== "string") return "";
  return input
    .normalize("NFKC")
    .replace(/[\s\-‐‑‒–—―ー－]/g, "")
    // Taking a separator out can join a letter and a combining mark: compose them now,
    // so that normalising twice changes nothing.
    .normalize("NFKC")
    .slice(0, 64);
}

/** Recovery codes: letters and digits only, upper case, no look-alikes to confuse. */
export function normaliseRecoveryCode(input: unknown): string {
  return normaliseCode(input).toUpperCase().replace(/[^0-9A-Z]/g, "");
}
