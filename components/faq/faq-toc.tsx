import type { FaqSection } from "@/lib/faq/types";

/** Table of contents: anchor links to every section and entry of the FAQ page. */
export function FaqToc({ sections, heading, headingId }: {
  sections: FaqSection[];
  heading: string;
  headingId: string;
}) {
  return (
    <nav aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="scroll-mt-4 text-lg font-bold">{heading}</h2>
      <ol className="mt-3 grid gap-x-8 gap-y-5 md:grid-cols-2">
        {sections.map((section) => (
          <li key={section.id} className="min-w-0">
            <a
              href={`#${section.id}`}
              className="inline-block py-1 font-bold text-brand-700 underline-offset-4 hover:underline"
            >
              {section.title}
            </a>
            <ul className="mt-1 space-y-1 border-l-2 border-brand-100 pl-3 text-sm">
              {section.entries.map((entry) => (
                <li key={entry.id}>
                  <a
                    href={`#${entry.id}`}
                    className="inline-block py-1 text-stone-800 underline decoration-stone-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                  >
                    {entry.question}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </nav>
  );
}
