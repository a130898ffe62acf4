import Link from "next/link";

/** The "back" link at the top of an app page. */
export function BackLink({ href, children, testId }: { href: string; children: React.ReactNode; testId?: string }) {
  return (
    <Link href={href} data-testid={testId} className="inline-flex min-h-11 items-center gap-1 text-sm text-brand-700 underline-offset-4 hover:underline">
      <span aria-hidden="true">←</span>
      {children}
    </Link>
  );
}
