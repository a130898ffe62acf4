/**
 * The public FAQ (よくある質問) of each language: content/faq/<locale>.md,
 * written and kept by the office (format: content/faq/README.md), answering
 * every question of the two FAQs docs/requirements.md draws on (R-HELP-1).
 *
 * Durations and limits in the answers are placeholders ({codeMinutes} …)
 * filled from configuration by the one message formatter, so the FAQ says
 * what the app does. Entry and section ids are the page's anchors
 * (e.g. /faq#qr-code-cut-off): the same in every language.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { emailCodeTtlMinutes } from "@/lib/auth/email-code";
import { MAX_DELAY_MS } from "@/lib/auth/policy";
import { RECOVERY_CODE_COUNT } from "@/lib/auth/second-factor";
import { SKIP_DAYS } from "@/lib/auth/skip-cookie";
import { TOTP_PERIOD } from "@/lib/auth/totp";
import type { Locale } from "@/lib/i18n/config";
import { format, type Message } from "@/lib/i18n/message";
import { parseFaqMarkdown } from "./markdown";
import type { FaqBlock, FaqEntry, FaqSection, FaqStep } from "./types";

export type { FaqBlock, FaqEntry, FaqSection, FaqStep } from "./types";

/** The configured values an answer may name, e.g. "有効期間は{codeMinutes}分間です". */
export function faqValues() {
  return {
    codeMinutes: emailCodeTtlMinutes(),
    skipDays: SKIP_DAYS,
    maxLockMinutes: MAX_DELAY_MS / 60_000,
    recoveryCodes: RECOVERY_CODE_COUNT,
    totpSeconds: TOTP_PERIOD,
  };
}
export type FaqValues = ReturnType<typeof faqValues>;

export const FAQ_DIR = path.join(process.cwd(), "content", "faq");

const parsed = new Map<Locale, FaqSection[]>();

/** The file as written, placeholders unfilled. Read once per process; in development on every call, so an edit shows on reload. */
export function rawFaq(locale: Locale): FaqSection[] {
  const cached = process.env.NODE_ENV === "development" ? undefined : parsed.get(locale);
  if (cached) return cached;
  const file = path.join(FAQ_DIR, `${locale}.md`);
  const sections = parseFaqMarkdown(readFileSync(file, "utf8"), `content/faq/${locale}.md`);
  parsed.set(locale, sections);
  return sections;
}

function fill(locale: Locale, text: string, values: FaqValues): string {
  return format(text as Message<keyof FaqValues>, values, locale);
}

function fillBlock(locale: Locale, block: FaqBlock, values: FaqValues): FaqBlock {
  switch (block.kind) {
    case "p":
    case "note":
    case "link":
      return { ...block, text: fill(locale, block.text, values) };
    case "list":
      return { ...block, items: block.items.map((i) => fill(locale, i, values)) };
    case "steps":
      return {
        ...block,
        ...(block.title === undefined ? {} : { title: fill(locale, block.title, values) }),
        items: block.items.map((s): FaqStep =>
          typeof s === "string"
            ? fill(locale, s, values)
            : { text: fill(locale, s.text, values), ...(s.items ? { items: s.items.map((i) => fill(locale, i, values)) } : {}), ...(s.note ? { note: fill(locale, s.note, values) } : {}) },
        ),
      };
  }
}

/** The FAQ of one language with the configured values filled in. */
export function faqFor(locale: Locale, values: FaqValues = faqValues()): FaqSection[] {
  return rawFaq(locale).map((section) => ({
    ...section,
    title: fill(locale, section.title, values),
    ...(section.intro === undefined ? {} : { intro: fill(locale, section.intro, values) }),
    entries: section.entries.map(
      (entry): FaqEntry => ({ ...entry, question: fill(locale, entry.question, values), answer: entry.answer.map((b) => fillBlock(locale, b, values)) }),
    ),
  }));
}

/** Every entry in page order. */
export function allFaqEntries(sections: FaqSection[]): FaqEntry[] {
  return sections.flatMap((s) => s.entries);
}

/** Every text of one block (tests, search). */
export function blockText(block: FaqBlock): string[] {
  switch (block.kind) {
    case "p":
    case "note":
    case "link":
      return [block.text];
    case "list":
      return block.items;
    case "steps":
      return [
        ...(block.title ? [block.title] : []),
        ...block.items.flatMap((s) => (typeof s === "string" ? [s] : [s.text, ...(s.items ?? []), ...(s.note ? [s.note] : [])])),
      ];
  }
}

/** All the text of a FAQ, for search and tests. */
export function faqPlainText(sections: FaqSection[]): string {
  return sections
    .flatMap((s) => [s.title, ...(s.intro ? [s.intro] : []), ...s.entries.flatMap((e) => [e.question, ...e.answer.flatMap(blockText)])])
    .join("\n");
}
