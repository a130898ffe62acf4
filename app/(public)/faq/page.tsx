import type { Metadata } from "next";
import { FaqEntryCard } from "@/components/faq/faq-entry-card";
import { FaqToc } from "@/components/faq/faq-toc";
import { allFaqEntries, faqFor } from "@/lib/faq/content";
import { getMessages } from "@/lib/i18n";

const TOC_ID = "faq-toc";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.faq.heading, description: t.faq.description };
}

/** よくある質問: content/faq/<locale>.md, with the configured durations filled in (lib/faq/content.ts). */
export default async function FaqPage() {
  const { locale, t } = await getMessages();
  const text = t.faq;
  const sections = faqFor(locale);
  const questionOf = new Map(allFaqEntries(sections).map((e) => [e.id, e.question]));
  return (
    <div className="space-y-8 wrap-break-word">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{text.heading}</h1>
        <p className="leading-relaxed">{text.intro}</p>
        <p className="leading-relaxed text-stone-700">{text.contact}</p>
      </div>

      <FaqToc sections={sections} heading={text.toc} headingId={TOC_ID} />

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-4">
          <h2 id={section.id} className="scroll-mt-4 border-b-2 border-brand-100 pb-1 text-xl font-bold">
            {section.title}
          </h2>
          {section.intro && <p className="leading-relaxed text-stone-700">{section.intro}</p>}
          <ul className="space-y-4">
            {section.entries.map((entry) => (
              <li key={entry.id}>
                <FaqEntryCard
                  entry={entry}
                  labels={{ answer: text.answerLabel, related: text.related }}
                  relatedQuestions={entry.related.flatMap((id) => {
                    const question = questionOf.get(id);
                    return question ? [{ id, question }] : [];
                  })}
                />
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <a href={`#${TOC_ID}`} className="inline-block py-1 text-brand-700 underline underline-offset-4 hover:text-brand-800">
              {text.backToToc}
            </a>
          </p>
        </section>
      ))}
    </div>
  );
}
