/**
 * Open-redirect guard: accepts only a same-origin relative path ("/x?y"),
 * never "//host", "/\\host", a scheme, or control characters.
 */
export function safeRelativePath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  try {
    const url = new URL(value, "http://tobira.invalid");
    if (url.origin !== "http://tobira.invalid") return null;
    // Dot segments collapse after the checks above: "/.//evil.com" → "//evil.com".
    if (url.pathname.startsWith("//")) return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}
