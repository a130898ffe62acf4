/** The FAQ of one language as the page renders it (parsed from content/faq/<locale>.md). */

/** One step of an ordered procedure, optionally with the items to tick and a caution. */
export type FaqStep = string | { text: string; items?: string[]; note?: string };

export type FaqBlock =
  | { kind: "p"; text: string }
  /** A caution or side remark, shown smaller. */
  | { kind: "note"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "steps"; title?: string; items: FaqStep[] }
  /** A link to another page of this site (href starts with "/"). */
  | { kind: "link"; href: string; text: string };

export type FaqEntry = {
  /** The page anchor (/faq#<id>): the same in every language, stable once published. */
  id: string;
  question: string;
  answer: FaqBlock[];
  /** Ids of other entries worth reading next. */
  related: string[];
};

export type FaqSection = {
  id: string;
  title: string;
  intro?: string;
  entries: FaqEntry[];
};
