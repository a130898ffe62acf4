/**
 * fast-check generators of hostile form input, shared by the property tests of
 * the data layer (tests/integration/*.property.test.ts).
 */
import fc from "fast-check";

// What users, phones and attackers send: any Unicode, control characters, full-width
// forms, 10 kB blobs. NUL weighs most: PostgreSQL refuses it in text, so it finds
// unguarded writes and lookups.
const nasty = fc.oneof(
  { arbitrary: fc.constant("\u0000"), weight: 4 },
  { arbitrary: fc.constantFrom("\u0001", "\u001f", "\u007f", "\ud800", "\u200b", "\u3000", "－", "ー", "１", "Ａ", "e\u0301", "'", "\"", "%", "\\"), weight: 1 },
);
const plain = fc.string({ unit: fc.constantFrom(..."AC0123456789-abc "), maxLength: 20 });
export const arbitraryText = fc.oneof(
  plain,
  fc.tuple(plain, nasty, fc.string({ unit: fc.oneof(fc.constantFrom(..."AC0123456789-abc "), nasty), maxLength: 20 })).map(([a, n, b]) => a + n + b),
  fc.string({ unit: "binary", maxLength: 80 }),
);
// Now and then a 10 kB blob (rarely: shrinking one is slow).
export const arbitraryInput = fc.oneof({ arbitrary: arbitraryText, weight: 9 }, { arbitrary: fc.string({ unit: "grapheme", minLength: 1_000, maxLength: 10_000 }), weight: 1 });
