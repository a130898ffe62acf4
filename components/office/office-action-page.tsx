import { BackLink } from "@/components/apps/back-link";

/** The frame of an office action's confirmation page: who it is for, what it does. */
export function OfficeActionPage({
  heading,
  employee,
  backHref,
  backLabel,
  children,
}: {
  heading: string;
  employee: { displayName: string; loginId: string };
  backHref: string;
  backLabel: string;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <BackLink href={backHref}>{backLabel}</BackLink>
        <h1 className="text-2xl font-bold">{heading}</h1>
        <p className="text-stone-700">
          {employee.displayName} <span className="font-mono">{employee.loginId}</span>
        </p>
      </div>
      <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">{children}</div>
    </div>
  );
}
