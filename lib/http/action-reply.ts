/**
 * Whether the references inside a server-action call's arguments can be
 * resolved. React's reply encoding writes some values (a Map, a Set, a
 * promise, a blob, a typed array, a stream, an outlined object) as a string
 * "$<tag><hex id>" that names another part of the body. A reference to a part
 * that is not there leaves React's decoder waiting until the body ends, and it
 * then throws ("Connection closed"), which Next answers with a 500: a text/plain
 * body `[{},"$Q1"]` has no part 1. Checked before Next decodes, so such a call
 * is refused with a 400 (request-guard.ts).
 *
 * The tags follow parseModelString in React's server reply decoder
 * (react-server-dom-webpack, bundled by Next).
 */

/** Tags whose value is inline: no other part is read. "$$" escapes a dollar; K reads prefixed fields and tolerates none. */
const INLINE = new Set(["$", "H", "T", "I", "-", "N", "u", "D", "n", "K"]);
/** Tags whose part must be a file (a blob, or the bytes of a typed array). */
const BINARY = new Set(["B", "A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V"]);
/** Tags whose part is more of the encoding (a model, a Map's or Set's entries, a promise, an iterator, a stream). */
const MODEL = new Set(["@", "h", "Q", "W", "i", "R", "r", "X", "x"]);
/** Tags whose part must decode to an array (Map and Set entries, iterator items). */
const ARRAY = new Set(["Q", "W", "i"]);

type Part = string | File | undefined;

/**
 * True when every reference reachable from `root` (the decoded part "0")
 * names a part of the right kind in `part` (the body's other parts by name; a
 * text/plain body has none).
 */
export function replyReferencesResolve(root: unknown, part: (name: string) => Part): boolean {
  const seen = new Set<string>(["0"]);
  const pending: unknown[] = [root];
  while (pending.length) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (value && typeof value === "object") pending.push(...Object.values(value));
    else if (typeof value === "string" && value.startsWith("$")) {
      const next = follow(value, part, seen);
      if (next === false) return false;
      if (next !== null) pending.push(next);
    }
  }
  return true;
}

/** The decoded part a reference leads to (null: nothing more to walk), or false when it cannot be resolved. */
function follow(value: string, part: (name: string) => Part, seen: Set<string>): unknown {
  const tag = value[1] ?? "";
  if (INLINE.has(tag)) return null;
  const tagged = BINARY.has(tag) || MODEL.has(tag);
  // An untagged reference is "$<hex id>[:path]", an outlined model.
  const id = Number.parseInt((tagged ? value.slice(2) : value.slice(1)).split(":")[0]!, 16);
  if (!Number.isSafeInteger(id) || id <= 0) return false;
  const name = String(id);
  const found = part(name);
  if (BINARY.has(tag)) return found instanceof File ? null : false;
  if (typeof found !== "string") return false;
  // Streams are several parts of one name, each a chunk: their presence is what counts.
  if (tag === "R" || tag === "r" || tag === "X" || tag === "x") return null;
  if (seen.has(name)) return null;
  seen.add(name);
  let decoded: unknown;
  try {
    decoded = JSON.parse(found);
  } catch {
    return false;
  }
  if (ARRAY.has(tag) && !Array.isArray(decoded)) return false;
  return decoded;
}
