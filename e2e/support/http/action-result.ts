/** A server action's answer (React's RSC rows) read back: the value the action returned. */

/** The value a server action returned (its result row), or undefined. */
export function actionResult<T = Record<string, unknown>>(body: string): T | undefined {
  const lines = body.split("\n");
  // Row 0 ({a: "$@1", …}) names the result's row; it need not come first (a re-rendered page may precede it).
  const head = lines.find((l) => l.startsWith("0:"));
  if (!head) return undefined;
  let a: unknown;
  try {
    a = (JSON.parse(head.slice(2)) as { a?: unknown }).a;
  } catch {
    return undefined;
  }
  if (typeof a === "string" && a.startsWith("$@")) {
    const line = lines.find((l) => l.startsWith(`${a.slice(2)}:`));
    return line ? (JSON.parse(line.slice(line.indexOf(":") + 1)) as T) : undefined;
  }
  return (a as T) ?? undefined;
}
