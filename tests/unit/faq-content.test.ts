import { describe, expect, it } from "vitest";
import { allFaqEntries, blockText, faqPageText, faqPlainText, faqSections, type FaqBlock } from "@/lib/faq/content";

const LOCALES = ["ja", "en"] as const;
const URL_SAFE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Ids already used on every page (layout) or by the FAQ page itself. */
const RESERVED_IDS = ["main", "faq-toc"];

function answerText(blocks: FaqBlock[]): string {
  return blocks.flatMap(blockText).join("\n");
}

describe("FAQ content", () => {
  const entries = allFaqEntries();

  it("has sections, each with a title in both locales and at least one entry", () => {
    expect(faqSections.length).toBeGreaterThan(0);
    for (const section of faqSections) {
      for (const locale of LOCALES) {
        expect(section.title[locale].trim(), `${section.id} title ${locale}`).not.toBe("");
        if (section.intro) expect(section.intro[locale].trim(), `${section.id} intro ${locale}`).not.toBe("");
      }
      expect(section.entries.length, section.id).toBeGreaterThan(0);
    }
  });

  it("gives every entry a non-empty question and answer in Japanese and English", () => {
    for (const entry of entries) {
      for (const locale of LOCALES) {
        expect(entry.question[locale].trim(), `${entry.id} question ${locale}`).not.toBe("");
        const blocks = entry.answer[locale];
        expect(blocks.length, `${entry.id} answer ${locale}`).toBeGreaterThan(0);
        for (const block of blocks) {
          const texts = blockText(block);
          expect(texts.length, `${entry.id} ${block.kind} ${locale}`).toBeGreaterThan(0);
          for (const text of texts) expect(text.trim(), `${entry.id} ${block.kind} ${locale}`).not.toBe("");
          if (block.kind === "link") expect(block.href, `${entry.id} link`).toMatch(/^\/(?!\/)/);
        }
      }
    }
  });

  it("writes the Japanese in Japanese and the English in English", () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const entry of entries) {
      expect(entry.question.ja, entry.id).toMatch(japanese);
      expect(entry.question.en, entry.id).not.toMatch(/[\u3040-\u30ff]/);
      expect(answerText(entry.answer.ja), entry.id).toMatch(japanese);
      expect(answerText(entry.answer.en), entry.id).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("uses unique, URL-safe ids for sections and entries", () => {
    const ids = [...faqSections.map((s) => s.id), ...entries.map((e) => e.id)];
    for (const id of ids) {
      expect(id, id).toMatch(URL_SAFE_ID);
      expect(encodeURIComponent(id)).toBe(id);
      expect(RESERVED_IDS, id).not.toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // The per-entry heading ids (`<id>-q`) must not collide with anchors either.
    const headingIds = entries.map((e) => `${e.id}-q`);
    for (const id of headingIds) expect(ids).not.toContain(id);
  });

  it("links related entries that exist, never to itself", () => {
    const known = new Set(entries.map((e) => e.id));
    for (const entry of entries) {
      for (const id of entry.related ?? []) {
        expect(known.has(id), `${entry.id} → ${id}`).toBe(true);
        expect(id, entry.id).not.toBe(entry.id);
      }
    }
  });

  it("has the deep-link anchors other pages rely on", () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const id of ["qr-code-cut-off", "skip-code-setup", "code-expired", "change-email-address", "reset-password", "multiple-ids"]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("reuses the FAQ wording users know in the Japanese text (docs/requirements.md)", () => {
    const ja = faqPlainText("ja");
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
      "90日",
      "30分",
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
    const skipDaysLeft = entries.find((e) => e.id === "skip-code-days-left");
    expect(skipDaysLeft).toBeDefined();
    expect(answerText(skipDaysLeft!.answer.ja)).toContain("残り日数");
    const lostDevice = entries.find((e) => e.id === "skip-code-lost-device");
    expect(answerText(lostDevice!.answer.ja)).toContain("個別に");
  });

  it("contains no placeholders", () => {
    for (const locale of LOCALES) {
      const all = `${faqPlainText(locale)}\n${Object.values(faqPageText[locale]).join("\n")}`;
      expect(all).not.toMatch(/TODO|TBD|lorem|ipsum|XXX|\?\?\?|〇〇|○○/i);
    }
  });
});
