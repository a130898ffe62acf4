/**
 * Reads the FAQ's Markdown (content/faq/<locale>.md) into sections, entries and
 * answer blocks. A small documented subset (content/faq/README.md), not a full
 * Markdown parser: the office edits text, the page keeps its own layout, and
 * nothing in the file can become HTML — every text is rendered by React as text.
 *
 *   ## Section title {#section-id}      a section (text before its first ### is its intro)
 *   ### Question? {#entry-id}           an entry; the id is its anchor on the page
 *   paragraph lines                      a paragraph (blank line ends it)
 *   > text                               a note (shown smaller)
 *   - item                               a bulleted list (one item a line, no blank line between)
 *   #### Title                           the title of the numbered steps that follow
 *   1. step                              numbered steps; under a step, "   - item" and "   > note"
 *   [text](/path)                        a link to a page of this site, alone on its line
 *   Related: #id #id                     other entries worth reading next
 *   <!-- … -->                           a comment for editors, not shown
 */
import type { FaqBlock, FaqEntry, FaqSection, FaqStep } from "./types";

export class FaqSyntaxError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

const HEADING = /^(#{2,4}) (.+?)(?: \{#([a-z0-9-]+)\})?$/;
const LINK = /^\[([^\]]+)\]\((\/[^)\s]*)\)$/;
const RELATED = /^Related:((?: #[a-z0-9-]+)+)$/;
const CJK = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

/** Joins the lines of one paragraph: a space between words, nothing between Japanese characters. */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => (text === "" ? line : CJK.test(text.at(-1)!) || CJK.test(line[0]!) ? text + line : `${text} ${line}`), "");
}

export function parseFaqMarkdown(source: string, file = "faq.md"): FaqSection[] {
  const sections: FaqSection[] = [];
  let section: FaqSection | null = null;
  let entry: FaqEntry | null = null;
  let paragraph: string[] = [];
  let stepsTitle: string | undefined;
  /** A list or steps block goes on only on the very next line; a blank line ends it. */
  let openList: "list" | "steps" | null = null;
  const fail = (line: number, message: string): never => {
    throw new FaqSyntaxError(file, line, message);
  };

  const blocks = (line: number): FaqBlock[] => {
    if (!entry) return fail(line, "answer text before the first question (### …)");
    return entry.answer;
  };
  const endParagraph = (line: number) => {
    if (paragraph.length === 0) return;
    const text = joinLines(paragraph);
    paragraph = [];
    if (entry) entry.answer.push({ kind: "p", text });
    else if (section && section.intro === undefined) section.intro = text;
    else fail(line, "text outside a question");
  };
  const last = (line: number) => blocks(line).at(-1);

  const lines = source.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, "")).split(/\r?\n/);
  lines.forEach((raw, index) => {
    const n = index + 1;
    const line = raw.trimEnd();
    const continues = openList;
    openList = null;
    if (line.trim() === "") return endParagraph(n);

    const heading = HEADING.exec(line);
    if (heading) {
      endParagraph(n);
      const [, marks, text, id] = heading;
      if (marks === "####") {
        stepsTitle = text;
        return;
      }
      if (!id) return fail(n, `a ${marks} heading needs an id: "${marks} ${text} {#some-id}"`);
      if (marks === "##") {
        section = { id, title: text!, entries: [] };
        sections.push(section);
        entry = null;
      } else {
        if (!section) return fail(n, "a question (###) before the first section (##)");
        entry = { id, question: text!, answer: [], related: [] };
        section.entries.push(entry);
      }
      return;
    }

    const indented = /^ {2,}(- |> )(.+)$/.exec(line);
    if (indented) {
      endParagraph(n);
      const steps = last(n);
      if (continues !== "steps" || steps?.kind !== "steps") return fail(n, "an indented line belongs under a numbered step");
      openList = "steps";
      const previous = steps.items.at(-1)!;
      const step: Exclude<FaqStep, string> = typeof previous === "string" ? { text: previous } : previous;
      if (indented[1] === "- ") step.items = [...(step.items ?? []), indented[2]!];
      else step.note = indented[2]!;
      steps.items[steps.items.length - 1] = step;
      return;
    }

    const numbered = /^\d+\. (.+)$/.exec(line);
    if (numbered) {
      endParagraph(n);
      const previous = last(n);
      openList = "steps";
      if (continues === "steps" && previous?.kind === "steps" && stepsTitle === undefined) previous.items.push(numbered[1]!);
      else blocks(n).push(stepsTitle === undefined ? { kind: "steps", items: [numbered[1]!] } : { kind: "steps", title: stepsTitle, items: [numbered[1]!] });
      stepsTitle = undefined;
      return;
    }
    if (stepsTitle !== undefined) return fail(n, "a steps title (####) must be followed by numbered steps (1. …)");

    if (line.startsWith("- ")) {
      endParagraph(n);
      const previous = last(n);
      openList = "list";
      if (continues === "list" && previous?.kind === "list") previous.items.push(line.slice(2));
      else blocks(n).push({ kind: "list", items: [line.slice(2)] });
      return;
    }
    if (line.startsWith("> ")) {
      endParagraph(n);
      blocks(n).push({ kind: "note", text: line.slice(2) });
      return;
    }
    const link = LINK.exec(line);
    if (link && paragraph.length === 0) {
      blocks(n).push({ kind: "link", text: link[1]!, href: link[2]! });
      return;
    }
    const related = RELATED.exec(line);
    if (related) {
      endParagraph(n);
      if (!entry) return fail(n, "Related: outside a question");
      entry.related.push(...related[1]!.trim().split(" ").map((ref) => ref.slice(1)));
      return;
    }
    if (/^#/.test(line)) return fail(n, `not a heading this file knows: "${line}"`);
    paragraph.push(line.trim());
  });
  endParagraph(lines.length);
  return sections;
}
