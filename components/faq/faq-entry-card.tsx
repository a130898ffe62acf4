import type { FaqEntry } from "@/lib/faq/types";
import { FaqAnswer } from "./faq-answer";

/**
 * One question and its answer. The article carries the entry id, so
 * /faq#<id> links straight to it and the entry is highlighted as the target.
 */
export function FaqEntryCard({ entry, labels, relatedQuestions }: {
  entry: FaqEntry;
  labels: { answer: string; related: string };
  relatedQuestions: { id: string; question: string }[];
}) {
  const headingId = `${entry.id}-q`;
  return (
    <article
      id={entry.id}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm target:border-brand-600 target:ring-2 target:ring-brand-600 sm:p-5"
    >
      <h3 id={headingId} className="flex items-start gap-2 text-lg font-bold text-brand-800">
        <Badge className="bg-brand-700 text-white">Q</Badge>
        <span className="min-w-0 pt-0.5">{entry.question}</span>
      </h3>
      <div className="mt-3 flex items-start gap-2">
        <Badge label={labels.answer} className="bg-brand-100 text-brand-800">A</Badge>
        <div className="min-w-0 flex-1 pt-0.5">
          <FaqAnswer blocks={entry.answer} />
          {relatedQuestions.length > 0 && (
            <div className="mt-4 border-t border-stone-200 pt-3">
              <p className="text-sm font-bold text-stone-700">{labels.related}</p>
              <ul className="mt-1 space-y-1 text-sm">
                {relatedQuestions.map((r) => (
                  <li key={r.id}>
                    <a href={`#${r.id}`} className="inline-block py-1 text-brand-700 underline underline-offset-4 hover:text-brand-800">
                      {r.question}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </article>
  );
}

/** "Q" / "A" mark: decorative, with an optional label for screen readers. */
function Badge({ label, className, children }: { label?: string; className: string; children: React.ReactNode }) {
  return (
    <span className={`inline-flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${className}`}>
      <span aria-hidden="true">{children}</span>
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}
