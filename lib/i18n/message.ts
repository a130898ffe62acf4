/**
 * The one formatter of UI, mail and FAQ text: ICU messages (intl-messageformat,
 * the core of FormatJS) with variables checked against the message text.
 *
 * A dictionary string such as "有効期間は{minutes}分間です。" has the type
 * Message<"minutes">, so `format(m, {})` and `format(m, { minutes, x })` do
 * not compile. Durations and limits are always variables filled from
 * configuration, never numbers written into the copy (docs/requirements.md).
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "./config";

declare const variables: unique symbol;

/** A string of a dictionary, carrying the names of its ICU variables. */
export type Message<V extends string = never> = string & { readonly [variables]?: V };

/** `name` of a `{name}` or `{name, plural, …}` argument; branch texts (`# 分`, `other {…}`) are not names. */
type ArgumentName<Body extends string> = (Body extends `${infer Name},${string}` ? Name : Body) extends infer N extends string
  ? N extends "" | `${string} ${string}` | `#${string}` | `${string}{${string}` ? never : N
  : never;

/** The variable names of an ICU message text (top-level and nested arguments). */
export type VariablesOf<S extends string> = S extends `${string}{${infer Body}}${infer Rest}` ? ArgumentName<Body> | VariablesOf<Rest> : never;

/** A dictionary with every string replaced by the Message type of its text. */
export type MessagesOf<T> = T extends string ? Message<VariablesOf<T>> : { readonly [K in keyof T]: MessagesOf<T[K]> };

export type MessageValue = string | number | Date;

/** Compiled messages by locale and text: the texts are the dictionaries' and the FAQ's, a fixed set. */
const cache = new Map<string, IntlMessageFormat>();

/**
 * The locale whose plural rules and number formats a dictionary message
 * follows: a text in Japanese script is Japanese, anything else English (no
 * English message is written in Japanese script: tests/unit/messages.test.ts).
 */
function localeOf(message: string): Locale {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(message) ? "ja" : "en";
}

function compiled(message: string, locale: Locale): IntlMessageFormat {
  const key = `${locale}:${message}`;
  let f = cache.get(key);
  if (!f) {
    // ignoreTag: "<" in copy is text, never markup; HTML is escaped by the mail layout.
    f = new IntlMessageFormat(message, locale === "ja" ? "ja-JP" : "en-GB", undefined, { ignoreTag: true });
    cache.set(key, f);
  }
  return f;
}

/**
 * Formats one message with exactly the variables its text names. `locale` is
 * for texts outside the dictionaries whose language is known (the FAQ files).
 */
export function format<V extends string>(message: Message<V>, values: { readonly [K in V]: MessageValue }, locale: Locale = localeOf(message)): string {
  const out = compiled(message, locale).format(values as Record<string, MessageValue>);
  return Array.isArray(out) ? out.join("") : String(out);
}

/** The variable names a Message type carries. */
export type VariablesIn<M> = M extends { readonly [variables]?: infer V } ? Extract<V, string> : never;

/**
 * Formats several messages with one set of values, each variable given once
 * for all of them (a mail's subject and paragraphs share the login ID).
 */
export function formatAll<M extends Message<string>>(messages: readonly M[], values: { readonly [K in VariablesIn<M>]: MessageValue }): string[] {
  return messages.map((m) => format(m as Message<string>, values as Record<string, MessageValue>));
}

/** Parses a message without formatting it (tests: every dictionary string is valid ICU). */
export function parseMessage(message: string): void {
  compiled(message, localeOf(message));
}

/** Every string of a dictionary with its dotted path (tests compare the two dictionaries). */
export function messageEntries(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (tree && typeof tree === "object") return Object.entries(tree).flatMap(([k, v]) => messageEntries(v, prefix ? `${prefix}.${k}` : k));
  return [];
}
