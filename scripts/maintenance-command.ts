/**
 * `npm run maintenance -- <command>`: the operator's way to manage maintenance
 * windows while the web console is stopped with everything else. It goes
 * through the data layer (lib/maintenance/windows.ts) as a "system" actor, so
 * the same rules apply and every change is audit-logged as cli:<user>.
 *
 *   list
 *   schedule --start "2026-12-27 19:00" --end "2027-01-06 08:30" [--ja "…"] [--en "…"]
 *   end <id>      end a running window now
 *   cancel <id>   cancel a window that has not started
 *
 * Times are Japan time (Asia/Tokyo), as on the console.
 */
import { parseArgs } from "node:util";
import { formatEnglishDateTime, parseServiceDateTime } from "@/lib/maintenance/format";
import { cancelWindow, endWindowNow, listWindows, scheduleWindow, type SystemActor, type WindowResult } from "@/lib/maintenance/windows";

export const USAGE = `usage: npm run maintenance -- list
       npm run maintenance -- schedule --start "YYYY-MM-DD HH:mm" --end "YYYY-MM-DD HH:mm" [--ja "お知らせ文"] [--en "notice"]
       npm run maintenance -- end <id>
       npm run maintenance -- cancel <id>
(times are Japan time)`;

/** Runs one command; returns the exit code and writes lines through `out`. */
export async function runMaintenanceCommand(argv: string[], actor: SystemActor, now: Date, out: (line: string) => void): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { start: { type: "string" }, end: { type: "string" }, ja: { type: "string" }, en: { type: "string" } },
    strict: true,
  });
  const [command, id] = positionals;
  const report = (result: WindowResult, done: string) => {
    out(result.ok ? `${done} ${result.id}` : `refused: ${result.error}`);
    return result.ok ? 0 : 1;
  };
  switch (command) {
    case "list": {
      const windows = await listWindows(actor, now);
      if (windows.length === 0) out("no maintenance windows");
      for (const w of windows) {
        const end = w.endedEarlyAt ?? w.endsAt;
        out(`${w.id}  ${w.status.padEnd(9)}  ${formatEnglishDateTime(w.startsAt)} – ${formatEnglishDateTime(end)} (JST)  by ${w.createdBy}`);
      }
      return 0;
    }
    case "schedule": {
      const startsAt = values.start ? parseServiceDateTime(values.start) : null;
      const endsAt = values.end ? parseServiceDateTime(values.end) : null;
      if (!startsAt || !endsAt) {
        out(`--start and --end must be "YYYY-MM-DD HH:mm" (Japan time)\n${USAGE}`);
        return 2;
      }
      const input = { startsAt, endsAt, messageJa: values.ja ?? "", messageEn: values.en ?? "" };
      return report(await scheduleWindow(actor, input, null, now), "scheduled");
    }
    case "end":
      return report(await endWindowNow(actor, id, null, now), "ended");
    case "cancel":
      return report(await cancelWindow(actor, id, null, now), "cancelled");
    default:
      out(USAGE);
      return 2;
  }
}
