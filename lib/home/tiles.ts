/**
 * What the home menu shows an employee: one tile per app the company uses,
 * each listing the functions the session's mode allows (links) and, in the
 * limited mode, the ones that need the second factor (lock badges → /step-up).
 * Pure, so it is tested as a table.
 *
 * A function with no page yet (href null) is never linked: in the full mode it
 * is simply left out, and a tile left with nothing is left out too. That is why
 * ネット de 受付 appears only in the limited mode, locked, until its app exists.
 */
import { modeAllows, type Capability, type Mode } from "@/lib/auth/policy";
import type { AppKind } from "@/lib/licences/queries";

export type AppFunction = "punch" | "requests" | "viewPayslips" | "registerPayslips" | "reception" | "settings";

type FunctionDef = { fn: AppFunction; capability: Capability; href: string | null };

const APP_FUNCTIONS: (FunctionDef & { app: AppKind; hrStaffOnly?: boolean })[] = [
  { app: "ATTENDANCE", fn: "punch", capability: "attendance.punch", href: "/attendance" },
  { app: "ATTENDANCE", fn: "requests", capability: "attendance.requests", href: null },
  { app: "PAYSLIPS", fn: "viewPayslips", capability: "payslips.viewOwn", href: "/payslips" },
  { app: "PAYSLIPS", fn: "registerPayslips", capability: "payslips.register", href: null, hrStaffOnly: true },
  { app: "RECEPTION", fn: "reception", capability: "reception.submit", href: null },
];

export type HomeLink = { fn: AppFunction; href: string };
export type HomeTile = { app: AppKind; links: HomeLink[]; locked: AppFunction[] };

function split(defs: FunctionDef[], mode: Mode): { links: HomeLink[]; locked: AppFunction[] } {
  const links: HomeLink[] = [];
  const locked: AppFunction[] = [];
  for (const d of defs) {
    if (!modeAllows(mode, d.capability)) locked.push(d.fn);
    else if (d.href) links.push({ fn: d.fn, href: d.href });
  }
  return { links, locked };
}

export function homeTiles(input: { mode: Mode; isHrStaff: boolean; appsInUse: readonly AppKind[] }): HomeTile[] {
  const tiles: HomeTile[] = [];
  for (const app of input.appsInUse) {
    const defs = APP_FUNCTIONS.filter((d) => d.app === app && (!d.hrStaffOnly || input.isHrStaff));
    const { links, locked } = split(defs, input.mode);
    if (links.length || locked.length) tiles.push({ app, links, locked });
  }
  return tiles;
}

/** The account section under the tiles: settings, linked in the full mode, locked in the limited one. */
export function accountLinks(mode: Mode): { links: HomeLink[]; locked: AppFunction[] } {
  return split([{ fn: "settings", capability: "settings", href: "/settings" }], mode);
}
