import type { Messages } from "@/lib/i18n/messages/ja";
import type { LockedStaff } from "@/lib/office/staff";
import { StaffUnlockForm } from "./staff-unlock-form";
import { format } from "@/lib/i18n/message";

/** 事務所スタッフのロック解除, on the office page of an office administrator only. */
export function LockedStaffSection({ staff, t }: { staff: LockedStaff[]; t: Messages["office"] }) {
  return (
    <section aria-labelledby="locked-staff" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4" data-testid="locked-staff">
      <h2 id="locked-staff" className="text-xl font-bold">{t.staff.heading}</h2>
      <p className="text-stone-700">{t.staff.lead}</p>
      {staff.length === 0 ? (
        <p className="text-stone-600">{t.staff.none}</p>
      ) : (
        <ul className="space-y-3">
          {staff.map((s) => (
            <li key={s.id} className="space-y-2 border-t border-stone-200 pt-3">
              <p>
                <span className="font-mono">{s.loginId}</span> {s.displayName}
              </p>
              <StaffUnlockForm staffId={s.id} label={format(t.staff.confirm, { loginId: s.loginId })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
