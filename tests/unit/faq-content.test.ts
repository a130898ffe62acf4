// The FAQ files (content/faq/<locale>.md): both languages hold the same
// questions under the same ids, every link of the app into the FAQ lands on
// one, every placeholder is a configured value, and the Japanese keeps the
// wording users know.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { allFaqEntries, blockText, faqFor, faqPlainText, faqValues, rawFaq, type FaqBlock, type FaqSection } from "@/lib/faq/content";
import { parseFaqMarkdown } from "@/lib/faq/markdown";
import { messagesFor } from "@/lib/i18n/dictionaries";
import { parseMessage } from "@/lib/i18n/message";

const LOCALES = ["ja", "en"] as const;
const URL_SAFE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Ids already used on every page (layout) or by the FAQ page itself. */
const RESERVED_IDS = ["main", "faq-toc"];
const faq = { ja: faqFor("ja"), en: faqFor("en") };

function answerText(blocks: FaqBlock[]): string {
  return blocks.flatMap(blockText).join("\n");
}

function allTexts(sections: FaqSection[]): string[] {
  return sections.flatMap((s) => [s.title, ...(s.intro ? [s.intro] : []), ...s.entries.flatMap((e) => [e.question, ...e.answer.flatMap(blockText)])]);
}

/** Source files of the app (not tests), for the links they hold. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|md)$/.test(name) ? [full] : [];
  });
}

describe("FAQ content", () => {
  it("has the same sections and questions, with the same ids and related questions, in every language", () => {
    const shape = (sections: FaqSection[]) => sections.map((s) => ({ id: s.id, intro: s.intro !== undefined, entries: s.entries.map((e) => ({ id: e.id, related: e.related })) }));
    expect(shape(faq.en)).toEqual(shape(faq.ja));
    expect(faq.ja.length).toBeGreaterThan(0);
  });

  it("gives every section a title and entries, every entry a question and an answer", () => {
    for (const locale of LOCALES) {
      for (const section of faq[locale]) {
        expect(section.title.trim(), `${section.id} title ${locale}`).not.toBe("");
        expect(section.entries.length, section.id).toBeGreaterThan(0);
        for (const entry of section.entries) {
          expect(entry.question.trim(), `${entry.id} question ${locale}`).not.toBe("");
          expect(entry.answer.length, `${entry.id} answer ${locale}`).toBeGreaterThan(0);
          for (const block of entry.answer) {
            for (const text of blockText(block)) expect(text.trim(), `${entry.id} ${block.kind} ${locale}`).not.toBe("");
            if (block.kind === "link") expect(block.href, `${entry.id} link`).toMatch(/^\/(?!\/)/);
          }
        }
      }
    }
  });

  it("writes the Japanese in Japanese and the English in English", () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const en = new Map(allFaqEntries(faq.en).map((e) => [e.id, e]));
    for (const entry of allFaqEntries(faq.ja)) {
      expect(entry.question, entry.id).toMatch(japanese);
      expect(en.get(entry.id)!.question, entry.id).not.toMatch(/[\u3040-\u30ff]/);
      expect(answerText(entry.answer), entry.id).toMatch(japanese);
      expect(answerText(en.get(entry.id)!.answer), entry.id).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("uses unique, URL-safe ids for sections and entries", () => {
    const ids = [...faq.ja.map((s) => s.id), ...allFaqEntries(faq.ja).map((e) => e.id)];
    for (const id of ids) {
      expect(id, id).toMatch(URL_SAFE_ID);
      expect(RESERVED_IDS, id).not.toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // The per-entry heading ids (`<id>-q`) must not collide with anchors either.
    for (const id of allFaqEntries(faq.ja).map((e) => `${e.id}-q`)) expect(ids).not.toContain(id);
  });

  it("links related entries that exist, never to itself", () => {
    const known = new Set(allFaqEntries(faq.ja).map((e) => e.id));
    for (const entry of allFaqEntries(faq.ja)) {
      for (const id of entry.related) {
        expect(known.has(id), `${entry.id} → ${id}`).toBe(true);
        expect(id, entry.id).not.toBe(entry.id);
      }
    }
  });

  it("has every anchor the app links to (/faq#…) in both languages", () => {
    const links = new Set<string>();
    for (const dir of ["app", "components", "lib"]) {
      for (const file of sourceFiles(dir)) for (const m of readFileSync(file, "utf8").matchAll(/\/faq#([a-z0-9-]+)/g)) links.add(m[1]!);
    }
    expect(links.size).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const ids = new Set([...faq[locale].map((s) => s.id), ...allFaqEntries(faq[locale]).map((e) => e.id)]);
      for (const id of links) expect(ids.has(id), `/faq#${id} (${locale})`).toBe(true);
    }
    for (const id of ["qr-code-cut-off", "skip-code-setup", "code-expired", "change-email-address", "reset-password", "multiple-ids"]) {
      expect(allFaqEntries(faq.ja).some((e) => e.id === id), id).toBe(true);
    }
  });

  it("is valid ICU text whose only placeholders are configured values", () => {
    for (const locale of LOCALES) {
      for (const text of allTexts(rawFaq(locale))) {
        expect(() => parseMessage(text), text).not.toThrow();
        for (const m of text.matchAll(/\{(\w+)/g)) expect(Object.keys(faqValues()), text).toContain(m[1]);
      }
      for (const text of allTexts(faq[locale])) expect(text, text).not.toMatch(/[{}]/);
    }
  });

  it("reuses the FAQ wording users know in the Japanese text (docs/requirements.md)", () => {
    const ja = faqPlainText(faq.ja);
    for (const phrase of [
      "次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する",
      "ワンタイムパスワードの入力を再開する",
      "ワンタイムパスワード入力省略設定",
      "すべての機能を利用する",
      "就業打刻・明細閲覧のみ利用する",
      "全ての機能を利用する場合は2要素認証が必要です",
      "二要素認証 ログイン選択",
      "キャンセル",
      "ワンタイムパスワード入力画面を閉じて、ログインからやり直してください",
      "90日", // SKIP_DAYS
      "30分", // EMAIL_CODE_TTL_MINUTES by default
      "料金はかかりません",
      "スマートデバイス（スマートフォン、タブレット）",
      "メインのアカウント",
      "追加アカウント",
      "社労士専用ID",
      "従業員用ID",
      "2要素認証初期化",
      "鉛筆マーク",
      "ブラウザのキャッシュクリア",
      "Microsoft Edge",
      "Google Chrome",
      "履歴とWebサイトデータを消去",
      "[OK]",
      "[完了]",
      "[送信]",
      "「あり」",
      "「なし」",
    ]) {
      expect(ja, phrase).toContain(phrase);
    }
  });

  it("answers the limitations of the FAQ services with what Tobira does better (R-HELP-3)", () => {
    const entries = allFaqEntries(faq.ja);
    expect(answerText(entries.find((e) => e.id === "skip-code-days-left")!.answer)).toContain("残り日数");
    expect(answerText(entries.find((e) => e.id === "skip-code-lost-device")!.answer)).toContain("個別に");
  });

  it("contains no placeholders of unfinished text", () => {
    for (const locale of LOCALES) {
      const t = messagesFor(locale).faq;
      const all = `${faqPlainText(faq[locale])}\n${Object.values(t).join("\n")}`;
      expect(all).not.toMatch(/TODO|TBD|lorem|ipsum|XXX|\?\?\?|〇〇|○○/i);
    }
  });
});

describe("FAQ Markdown", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads sections, questions, paragraphs, lists, notes, steps, links and related ids", () => {
    const sections = parseFaqMarkdown(
      [
        "<!-- editors' note -->",
        "## Section {#s}",
        "",
        "Intro.",
        "",
        "### Q? {#q}",
        "",
        "First line",
        "second line.",
        "",
        "> A note.",
        "",
        "- one",
        "- two",
        "",
        "#### How",
        "",
        "1. Open.",
        "   - tick",
        "   > careful",
        "2. Close.",
        "",
        "[See](/notices)",
        "",
        "Related: #r #s",
      ].join("\n"),
    );
    expect(sections).toEqual([
      {
        id: "s",
        title: "Section",
        intro: "Intro.",
        entries: [
          {
            id: "q",
            question: "Q?",
            related: ["r", "s"],
            answer: [
              { kind: "p", text: "First line second line." },
              { kind: "note", text: "A note." },
              { kind: "list", items: ["one", "two"] },
              { kind: "steps", title: "How", items: [{ text: "Open.", items: ["tick"], note: "careful" }, "Close."] },
              { kind: "link", text: "See", href: "/notices" },
            ],
          },
        ],
      },
    ]);
  });

  it("joins the lines of a Japanese paragraph without a space", () => {
    const [s] = parseFaqMarkdown("## 節 {#s}\n\n### 質問 {#q}\n\n一行目と\n二行目。\n");
    expect(s!.entries[0]!.answer).toEqual([{ kind: "p", text: "一行目と二行目。" }]);
  });

  it("names the file and line of a heading without an id", () => {
    expect(() => parseFaqMarkdown("## Section\n", "ja.md")).toThrow("ja.md:1:");
    expect(() => parseFaqMarkdown("## S {#s}\n\nText before any question\n\n### Q {#q}\n\nA\n", "en.md")).not.toThrow();
    expect(() => parseFaqMarkdown("## S {#s}\n\n### Q {#q}\n\n   - stray\n", "en.md")).toThrow("en.md:5:");
  });

  it("states the e-mailed code's configured lifetime, not a number written in the file", () => {
    vi.stubEnv("EMAIL_CODE_TTL_MINUTES", "7");
    expect(faqPlainText(faqFor("ja"))).toContain("有効期間は7分間です");
    expect(faqPlainText(faqFor("ja"))).not.toContain("30分");
    expect(faqPlainText(faqFor("en"))).toContain("valid for 7 minutes");
  });
});
