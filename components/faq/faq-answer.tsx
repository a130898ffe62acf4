import Link from "next/link";
import type { FaqBlock, FaqStep } from "@/lib/faq/types";

/** The typed answer blocks of one FAQ entry, in one locale. */
export function FaqAnswer({ blocks }: { blocks: FaqBlock[] }) {
  return (
    <div className="space-y-3 leading-relaxed">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}

function Block({ block }: { block: FaqBlock }) {
  switch (block.kind) {
    case "p":
      return <p>{block.text}</p>;
    case "note":
      return <p className="text-sm text-stone-700">{block.text}</p>;
    case "list":
      return (
        <ul className="list-disc space-y-1 pl-5 marker:text-brand-700">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "steps":
      return (
        <div className="space-y-2">
          {block.title && <h4 className="font-bold text-brand-800">{block.title}</h4>}
          <ol className="list-decimal space-y-2 pl-6 marker:font-bold marker:text-brand-700">
            {block.items.map((step, i) => (
              <Step key={i} step={step} />
            ))}
          </ol>
        </div>
      );
    case "link":
      return (
        <p>
          <Link href={block.href} className="inline-block py-1 font-bold text-brand-700 underline underline-offset-4 hover:text-brand-800">
            {block.text}
          </Link>
        </p>
      );
  }
}

function Step({ step }: { step: FaqStep }) {
  if (typeof step === "string") return <li className="pl-1">{step}</li>;
  return (
    <li className="pl-1">
      {step.text}
      {step.items && step.items.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 marker:text-stone-500">
          {step.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
      {step.note && <p className="mt-1 text-sm text-stone-700">{step.note}</p>}
    </li>
  );
}
