// The office console's actions (issue 11) under attack: the second office's
// administrator posts every console action with the first office's company,
// employee and staff IDs; an employee (HR staff, full session) posts them with
// their own company's; one is posted cross-site. Each is refused — a 4xx or a
// worded refusal, never a 5xx, never a success — and nothing changes in the
// database. The console's pages answer 404 for the other office's IDs.
import { expect, test } from "@playwright/test";
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import type { HttpResponse } from "@/e2e/support/http/client";
import { hostileAccount, type HostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { query, snapshot } from "./support/db";
import { signInFull } from "./support/sign-in";

const consoleFile = "app/(apps)/office/console-actions.ts";
const staffFile = "app/(apps)/office/staff/actions.ts";
const licencesFile = "app/(apps)/office/licences/actions.ts";

type Target = { companyId: string; employeeId: string; staffId: string };
type ConsoleAction = { label: string; file: string; name: string; page: string; args: (t: Target) => unknown[] };

/** Every console action that names a company, an employee or a colleague, filled with the targets. */
const CONSOLE_ACTIONS: ConsoleAction[] = [
  { label: "edit a company", file: consoleFile, name: "saveCompanyAction", page: "/office/companies", args: (t) => [{}, form({ companyId: t.companyId, code: "C001", name: "乗っ取り株式会社", contactName: "", contactEmail: "", contactPhone: "" })] },
  { label: "disable a company", file: consoleFile, name: "setCompanyDisabledAction", page: "/office/companies", args: (t) => [{}, form({ companyId: t.companyId, disabled: "true" })] },
  { label: "add an employee to a company", file: consoleFile, name: "createEmployeeAction", page: "/office/employees/new", args: (t) => [{}, form({ companyId: t.companyId, employeeNumber: "77701", name: "侵入 者", furigana: "", email: "intruder@evil.example", hrStaff: "on" })] },
  { label: "invite an employee again", file: consoleFile, name: "inviteEmployeeAction", page: "/office/employees", args: (t) => [{}, form({ employeeId: t.employeeId })] },
  { label: "disable an employee", file: consoleFile, name: "setEmployeeDisabledAction", page: "/office/employees", args: (t) => [{}, form({ employeeId: t.employeeId, disabled: "true" })] },
  { label: "disable a colleague", file: staffFile, name: "staffChangeAction", page: "/office/staff", args: (t) => [{}, form({ staffId: t.staffId, change: "disable" })] },
  { label: "reset a colleague", file: staffFile, name: "staffChangeAction", page: "/office/staff", args: (t) => [{}, form({ staffId: t.staffId, change: "reset" })] },
  { label: "turn a company's apps off", file: licencesFile, name: "saveLicencesAction", page: "/office/licences", args: (t) => [form({ companyId: t.companyId, ATTENDANCE: "", PAYSLIPS: "", RECEPTION: "" })] },
];

/** What the targets look like in the database: compared whole before and after. */
async function state(t: Target, employee: HostileAccount, staff: HostileAccount) {
  return {
    company: await query(`SELECT * FROM "Company" WHERE id = $1`, [t.companyId]),
    licences: await query(`SELECT app, "inUse" FROM "AppLicence" WHERE "companyId" = $1 ORDER BY app`, [t.companyId]),
    accounts: await query(`SELECT count(*)::int AS n FROM "Account" WHERE "companyId" = $1`, [t.companyId]),
    employee: await snapshot(employee.id),
    staff: await snapshot(staff.id),
  };
}

function expectRefused(res: HttpResponse, what: string) {
  expect.soft(res.status, `${what}: no 5xx`).toBeLessThan(500);
  // The action was found and ran its checks: Next answers an unknown action ID with a 404, which would prove nothing.
  expect.soft(res.status, `${what}: the action exists`).not.toBe(404);
  // Success ends in a redirect to the result (done=, saved=, unchanged=) or an "info" answer.
  expect.soft(res.redirectPath ?? "", `${what}: no success redirect`).not.toMatch(/[?&](done|saved|unchanged)=/);
  expect.soft(res.body, `${what}: no success answer`).not.toMatch(/"info":"/);
}

async function firstOfficeTargets(): Promise<Target & { employee: HostileAccount; staff: HostileAccount }> {
  const employee = hostileAccount("consoleVictimEmployee");
  const staff = hostileAccount("consoleVictimStaff");
  return { companyId: employee.companyId!, employeeId: employee.id, staffId: staff.id, employee, staff };
}

test("the second office's administrator cannot change the first office's companies, employees, staff or licences", async () => {
  test.setTimeout(120_000);
  const attacker = hostileAccount("consoleAttacker");
  const targets = await firstOfficeTargets();
  const client = new HostileClient();
  await signInFull(client, attacker);
  const before = await state(targets, targets.employee, targets.staff);
  for (const a of CONSOLE_ACTIONS) expectRefused(await client.action(a.page, actionId(a.file, a.name), a.args(targets)), a.label);
  expect(await state(targets, targets.employee, targets.staff)).toEqual(before);

  // The same client, on its own office's company, is answered as a success: the refusals above are the office check's.
  const ownCompany = (await query<{ id: string }>(`SELECT id FROM "Company" WHERE "officeId" = $1 ORDER BY code LIMIT 1`, [attacker.officeId]))[0]!;
  const licences = await query<{ app: string; inUse: boolean }>(`SELECT app, "inUse" FROM "AppLicence" WHERE "companyId" = $1`, [ownCompany.id]);
  const fields = Object.fromEntries(["ATTENDANCE", "PAYSLIPS", "RECEPTION"].map((app) => [app, licences.some((l) => l.app === app && l.inUse) ? "on" : ""]));
  const own = await client.action("/office/licences", actionId(licencesFile, "saveLicencesAction"), [form({ companyId: ownCompany.id, ...fields })]);
  expect(own.redirectPath, "own company: unchanged").toMatch(/[?&]unchanged=/);

  // The pages read another office's IDs exactly like IDs that do not exist.
  const company = (await query<{ name: string }>(`SELECT name FROM "Company" WHERE id = $1`, [targets.companyId]))[0]!;
  for (const path of [`/office/companies/${targets.companyId}`, `/office/employees/${targets.employeeId}`]) {
    const res = await client.get(path);
    expect.soft(res.status, path).toBe(404);
    expect.soft(res.body, path).not.toContain(company.name);
    expect.soft(res.body, path).not.toContain(targets.employee.loginId);
  }
  for (const path of ["/office/licences", "/office/staff", "/office/employees?q=C001"]) {
    const res = await client.get(path);
    expect.soft(res.status, path).toBe(200);
    expect.soft(res.body, path).not.toContain(company.name);
    expect.soft(res.body, path).not.toContain(targets.employee.loginId);
    expect.soft(res.body, path).not.toContain(targets.staff.loginId);
  }
});

test("an employee's full session (HR staff of the company) cannot use the console's actions on their own company", async () => {
  const employee = hostileAccount("consoleEmployee");
  const targets = await firstOfficeTargets();
  const client = new HostileClient();
  await signInFull(client, employee);
  const before = await state(targets, targets.employee, targets.staff);
  for (const a of CONSOLE_ACTIONS) expectRefused(await client.action(a.page, actionId(a.file, a.name), a.args(targets)), `employee: ${a.label}`);
  expect(await state(targets, targets.employee, targets.staff)).toEqual(before);
  for (const path of ["/office", "/office/companies", "/office/licences", "/office/staff"]) {
    const res = await client.get(path);
    expect.soft(res.status, path).toBeGreaterThanOrEqual(300);
    expect.soft(res.status, path).toBeLessThan(500);
    expect.soft(res.body, path).not.toContain(targets.staff.loginId);
  }
});

test("the console's actions posted cross-site with the office's own session are refused", async () => {
  const attacker = hostileAccount("consoleCrossSite");
  const client = new HostileClient();
  await signInFull(client, attacker);
  const own = (await query<{ id: string }>(`SELECT id FROM "Company" WHERE "officeId" = $1 ORDER BY code LIMIT 1`, [attacker.officeId]))[0]!;
  const targets = { companyId: own.id, employeeId: hostileAccount("office2Employee").id, staffId: attacker.id };
  const before = await query(`SELECT * FROM "Company" WHERE id = $1`, [own.id]);
  for (const a of CONSOLE_ACTIONS) {
    const res = await client.action(a.page, actionId(a.file, a.name), a.args(targets), { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect.soft(res.status, `cross-site: ${a.label}`).toBe(403);
  }
  expect(await query(`SELECT * FROM "Company" WHERE id = $1`, [own.id])).toEqual(before);
});
