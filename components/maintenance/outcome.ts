import type { Messages } from "@/lib/i18n/messages/ja";
import { format } from "@/lib/i18n/message";
import { MESSAGE_MAX } from "@/lib/maintenance/config";

type Errors = Messages["maintenance"]["console"]["errors"];

/** The words for an `?error=` code of the maintenance pages; an unknown code shows nothing. */
export function maintenanceError(t: Messages, code: string): string | null {
  const e = t.maintenance.console.errors;
  if (code === "message_too_long") return format(e.message_too_long, { max: MESSAGE_MAX });
  return Object.hasOwn(e, code) ? (e[code as Exclude<keyof Errors, "message_too_long">] as string) : null;
}
