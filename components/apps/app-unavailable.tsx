import Link from "next/link";

/** Shown instead of an app when the caller is not an employee, or the company does not use it. */
export function AppUnavailable({ message, backLabel }: { message: string; backLabel: string }) {
  return (
    <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4" data-testid="app-unavailable">
      <p>{message}</p>
      <Link href="/home" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        {backLabel}
      </Link>
    </div>
  );
}
