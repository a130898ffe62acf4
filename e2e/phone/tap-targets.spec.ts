// Every page on a 320×640 phone (issue 10, point 3): nothing scrolls sideways and
// every tap target — links in text, the footer, the language switch, the header
// and its menu, buttons, check boxes through their labels — is at least 44×44 px.
// A screenshot of each page lands in .data/test-reports/screens-320/page-<name>.png.
//
// To add a page, add a line to PAGES: the path (or the link to follow to it) and
// who looks at it. Each kind of visitor signs in once and walks its pages.
import { expect, test, type Page } from "@playwright/test";
import { e2eAccount } from "../support/accounts";
import { SignIn } from "../support/login-page";
import { expectNoSideScroll, expectTapTargets, saveScreen } from "../support/phone";
import { openSiteMenu } from "../support/site-menu";

/** Who looks at a page: nobody signed in, an employee in each mode, a sharoushi. */
type Visitor = "anonymous" | "limited" | "full" | "office";

type PageVisit = {
  name: string;
  /** Where to go; a function for a page reached from another (a payslip, an employee). */
  path: string | ((page: Page) => Promise<string>);
  account: Visitor;
  /** The status the page answers with (200 unless said). */
  status?: number;
};

/** Follows the first link matching `selector` on `from`, and returns where it led. */
function firstLink(from: string, selector: string) {
  return async (page: Page) => {
    await page.goto(from);
    const href = await page.locator(selector).first().getAttribute("href");
    expect(href, `a link ${selector} on ${from}`).toBeTruthy();
    return href!;
  };
}

/** The office's page of a demo employee (C002-00007), found by its search, plus `tail`. */
function employeePage(tail = "") {
  return async (page: Page) => `${await firstLink("/office/employees?q=C002-00007", "[data-testid=employee-open]")(page)}${tail}`;
}

export const PAGES: PageVisit[] = [
  { name: "front", path: "/", account: "anonymous" },
  { name: "login", path: "/login", account: "anonymous" },
  { name: "faq", path: "/faq", account: "anonymous" },
  { name: "notices", path: "/notices", account: "anonymous" },
  { name: "404", path: "/no-such-page", account: "anonymous", status: 404 },
  { name: "home-limited", path: "/home", account: "limited" },
  { name: "attendance-limited", path: "/attendance", account: "limited" },
  { name: "payslips", path: "/payslips", account: "limited" },
  { name: "payslip", path: firstLink("/payslips", "[data-testid^=payslip-link-]"), account: "limited" },
  { name: "step-up", path: "/step-up", account: "limited" },
  { name: "home-full", path: "/home", account: "full" },
  { name: "attendance", path: "/attendance", account: "full" },
  { name: "settings", path: "/settings", account: "full" },
  { name: "settings-password", path: "/settings/password", account: "full" },
  { name: "settings-email", path: "/settings/email", account: "full" },
  { name: "settings-two-factor-reset", path: "/settings/two-factor-reset", account: "full" },
  { name: "settings-skip", path: "/settings/skip", account: "full" },
  { name: "settings-skip-resume", path: "/settings/skip/resume", account: "full" },
  { name: "settings-accounts", path: "/settings/accounts", account: "full" },
  { name: "settings-login-history", path: "/settings/login-history", account: "full" },
  { name: "office", path: "/office", account: "office" },
  { name: "office-employees", path: "/office/employees", account: "office" },
  { name: "office-companies", path: "/office/companies", account: "office" },
  { name: "office-company", path: firstLink("/office/companies", "[data-testid=company-open]"), account: "office" },
  { name: "office-company-new", path: "/office/companies/new", account: "office" },
  { name: "office-employee-new", path: "/office/employees/new", account: "office" },
  { name: "office-employees-import", path: "/office/employees/import", account: "office" },
  { name: "office-employee", path: employeePage(), account: "office" },
  { name: "office-employee-reset", path: employeePage("/reset"), account: "office" },
  { name: "office-employee-unlock", path: employeePage("/unlock"), account: "office" },
  { name: "office-employee-email", path: employeePage("/email"), account: "office" },
  { name: "office-licences", path: "/office/licences", account: "office" },
  { name: "office-maintenance", path: "/office/maintenance", account: "office" },
  { name: "office-audit", path: "/office/audit?verify=1", account: "office" },
];

async function signIn(page: Page, visitor: Visitor, project: string) {
  const signIn = new SignIn(page);
  if (visitor === "limited") await signIn.limited({ loginId: "C002-00007", password: "tobira-demo-2026" }); // a demo employee: seeded payslips
  if (visitor === "full") await signIn.fullWithTotp(e2eAccount("phoneTapFull", project));
  if (visitor === "office") await signIn.fullWithTotp(e2eAccount("phoneTapOffice", project));
}

async function check(page: Page, visit: PageVisit) {
  const path = typeof visit.path === "string" ? visit.path : await visit.path(page);
  const response = await page.goto(path);
  expect(response?.status(), `${visit.name}: ${path}`).toBe(visit.status ?? 200);
  await expect(page, `${visit.name} stays at ${path}`).toHaveURL((url) => url.pathname === path.split("?")[0]);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expectNoSideScroll(page);
  await expectTapTargets(page);
  await saveScreen(page, `page-${visit.name}`);
}

for (const visitor of ["anonymous", "limited", "full", "office"] as const) {
  test(`44 px tap targets and no sideways scroll: every page of the ${visitor} visitor`, async ({ page }, info) => {
    // The office walks the most pages (its console), each checked in full.
    test.setTimeout(visitor === "office" ? 240_000 : 120_000);
    await signIn(page, visitor, info.project.name);
    for (const visit of PAGES.filter((p) => p.account === visitor)) await check(page, visit);

    // The header's menu, open, on the last page.
    await openSiteMenu(page);
    await expectTapTargets(page);
    await expectNoSideScroll(page);
    await saveScreen(page, `menu-${visitor}`);
  });
}
