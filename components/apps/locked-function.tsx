import Link from "next/link";

/** A function the limited mode does not allow: its name and a lock badge linking to the two-factor step-up. */
export function LockedFunction({ name, badge, href, testId }: { name: string; badge: string; href: string; testId?: string }) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className="flex min-h-11 flex-wrap items-center gap-x-2 gap-y-1 rounded-lg border border-dashed border-stone-300 px-3 py-2 text-stone-600 hover:border-brand-600 hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 fill-current">
        <path d="M10 1.5a4.5 4.5 0 0 0-4.5 4.5v2.5H4.75A1.75 1.75 0 0 0 3 10.25v6.5c0 .97.78 1.75 1.75 1.75h10.5c.97 0 1.75-.78 1.75-1.75v-6.5c0-.97-.78-1.75-1.75-1.75H14.5V6A4.5 4.5 0 0 0 10 1.5Zm-3 7V6a3 3 0 1 1 6 0v2.5H7Z" />
      </svg>
      <span className="font-bold">{name}</span>
      <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900" data-testid="lock-badge">
        {badge}
      </span>
    </Link>
  );
}
