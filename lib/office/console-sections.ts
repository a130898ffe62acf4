/**
 * The sections of the office console (sharoushi accounts, full mode), in menu
 * order. Each section is its own page that checks the session itself; this list
 * only draws the menu (components/office/console-menu.tsx). A section appears
 * here only once its page exists.
 */
import type { Messages } from "@/lib/i18n/messages/ja";

export type ConsoleSection = {
  href: string;
  /** data-testid of the menu link. */
  testId: string;
  title: (t: Messages) => string;
  lead: (t: Messages) => string;
  /** Shown only to office administrators (Account.isOfficeAdmin). */
  adminOnly?: boolean;
};

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { href: "/office/companies", testId: "console-companies", title: (t) => t.officeConsole.companies.heading, lead: (t) => t.officeConsole.companies.lead },
  { href: "/office/employees", testId: "console-employees", title: (t) => t.office.heading, lead: (t) => t.office.lead },
  { href: "/office/staff", testId: "console-staff", title: (t) => t.officeConsole.staff.heading, lead: (t) => t.officeConsole.staff.lead, adminOnly: true },
  { href: "/office/licences", testId: "console-licences", title: (t) => t.licences.title, lead: (t) => t.licences.lead },
  { href: "/office/maintenance", testId: "console-maintenance", title: (t) => t.maintenance.console.title, lead: (t) => t.maintenance.console.lead, adminOnly: true },
  { href: "/office/audit", testId: "console-audit", title: (t) => t.audit.console.heading, lead: (t) => t.audit.console.lead },
];
