// How many SQL statements the request path sends, counted at the driver adapter
// (tests/support/statement-counter.ts) on a real database: a full login of an
// employee with an Authenticator (password → chooser → TOTP → session → /home),
// step by step as the server runs it — each action's step and the page its
// redirect renders in the same answer —, one later request's session read and
// home menu, and one 打刻. Each is held to a ceiling, so a change that adds a
// round trip to the path fails here and has to say why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD } from "../support/auth-fixtures";
import { StatementCounter, type Measured } from "../support/statement-counter";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createCompany, createOffice } from "./apps-fixtures";
import type { PrismaClient } from "@/generated/prisma/client";
import { punch } from "@/lib/attendance/punches";
import { takeReturnTo } from "@/lib/auth/cookies";
import { openSession } from "@/lib/auth/gate";
import { KNOWN_BROWSER_COOKIE, rememberKnownBrowser } from "@/lib/auth/known-browser";
import { getSession } from "@/lib/auth/session";
import { chooseStep, passwordStep, verifyStep, type StepResult } from "@/lib/auth/sign-in";
import { getRequestInfo } from "@/lib/auth/request-info";
import { requireStage } from "@/lib/auth/stage-guard";
import { totpCode } from "@/lib/auth/totp";
import { requestNow } from "@/lib/clock";
import { createClient, setDbForTests } from "@/lib/database/client";
import { getHomeView } from "@/lib/home/queries";

/**
 * The most each step may send: statements (BEGIN/COMMIT not counted) and
 * transactions (each one also a BEGIN and a COMMIT round trip on PostgreSQL).
 * Lower them when a change sends fewer; raising one needs a reason.
 */
const CEILINGS = {
  "password (action)": { statements: 3, transactions: 0 },
  "/login/choose (page)": { statements: 1, transactions: 0 },
  "choose: full (action)": { statements: 2, transactions: 0 },
  "/login/verify (page)": { statements: 1, transactions: 0 },
  "verify: TOTP, session opened (action)": { statements: 7, transactions: 0 },
  "/home, first (page)": { statements: 2, transactions: 0 },
  "session read (any page)": { statements: 1, transactions: 0 },
  "home menu data (/home)": { statements: 1, transactions: 0 },
  "打刻 (action: session + punch)": { statements: 3, transactions: 1 },
} satisfies Record<string, { statements: number; transactions: number }>;

type Step = keyof typeof CEILINGS;

describe(`statements on the request path (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const counter = new StatementCounter();
  let counted: PrismaClient;
  const rows: ({ step: Step } & Omit<Measured, "sql">)[] = [];

  beforeAll(() => {
    // The code under test gets a client whose adapter counts (same database, same data layer).
    counted = createClient(db().target, undefined, counter.wrap);
    setDbForTests(counted, db().target);
  });

  afterAll(async () => {
    console.table(Object.fromEntries(rows.map(({ step, statements, transactions }) => [step, { statements, transactions, "round trips on PostgreSQL": statements + 2 * transactions }])));
    setDbForTests(db().client, db().target);
    await counted.$disconnect();
  });

  /** Measures one step and holds it to its ceiling; the statements are shown when it is over. */
  async function step<T>(name: Step, fn: () => Promise<T>): Promise<T> {
    const { result, sql, ...counts } = await counter.measure(fn);
    rows.push({ step: name, ...counts });
    if (process.env.SHOW_SQL) console.log(`--- ${name}\n${sql.join("\n")}`);
    const ceiling = CEILINGS[name];
    const detail = `${name}: ${counts.statements} statements, ${counts.transactions} transactions:\n${sql.join("\n")}`;
    expect(counts.statements, detail).toBeLessThanOrEqual(ceiling.statements);
    expect(counts.transactions, detail).toBeLessThanOrEqual(ceiling.transactions);
    return result;
  }

  /** The grant, as the verify action hands it to finishSignIn (app/(auth)/login/actions.ts). */
  function grantOf(result: StepResult): { grant: string; accountId: string } {
    if (!result.ok || !("grant" in result)) throw new Error(`expected a grant, got ${JSON.stringify(result)}`);
    return result;
  }

  it("a full login with the Authenticator, its first /home, a later page and one 打刻", async () => {
    const office = await createOffice(db().client);
    const company = await createCompany(db().client, office.id, { ATTENDANCE: true, PAYSLIPS: true });
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    await db().client.account.update({ where: { id: account.id }, data: { companyId: company.id } });
    const browser = new TestBrowser("198.51.100.77");

    expect(await step("password (action)", () => browser.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD })))).toEqual({ ok: true, next: "/login/choose" });
    expect((await step("/login/choose (page)", () => browser.request(() => requireStage("choose")))).loginId).toBe(account.loginId);
    expect(await step("choose: full (action)", () => browser.request(() => chooseStep("full")))).toEqual({ ok: true, next: "/login/verify" });
    expect((await step("/login/verify (page)", () => browser.request(() => requireStage("second_factor")))).hasTotp).toBe(true);

    // The verify action: the step, then finishSignIn — the gate opens the session, the browser becomes known.
    await step("verify: TOTP, session opened (action)", () =>
      browser.request(async () => {
        const { grant, accountId } = grantOf(await verifyStep(totpCode(secret!)));
        const now = await requestNow();
        expect(await openSession(grant, await getRequestInfo(), now)).toBe(true);
        await takeReturnTo();
        await rememberKnownBrowser(browser.cookie(KNOWN_BROWSER_COOKIE), accountId, now);
      }),
    );

    // Fewer statements, the same record: every line of the sign-in is in the log, in order.
    const lines = await db().client.auditEvent.findMany({ where: { accountId: account.id }, orderBy: { at: "asc" }, select: { type: true, detail: true } });
    expect(lines).toEqual([
      { type: "password.ok", detail: { knownBrowser: false } },
      { type: "chooser.full", detail: null },
      { type: "code.ok", detail: { method: "totp" } },
      { type: "session.created", detail: { mode: "FULL" } },
    ]);
    expect(await db().client.authThrottle.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db().client.knownBrowser.count({ where: { accountId: account.id } })).toBe(1);

    // The redirect renders /home in the same answer: one session read (React's cache keeps it
    // for the layout, the header and the page), then the menu's data.
    const home = await step("/home, first (page)", () =>
      browser.request(async () => {
        const session = await getSession();
        expect(session?.mode).toBe("FULL");
        return getHomeView(session!);
      }),
    );
    expect(home.kind === "employee" && home.tiles.map((t) => t.app)).toEqual(expect.arrayContaining(["ATTENDANCE", "PAYSLIPS"]));

    // A later request: the session as every page reads it, and the home menu's data.
    const session = await step("session read (any page)", () => browser.request(getSession));
    expect(session?.accountId).toBe(account.id);
    await step("home menu data (/home)", () => getHomeView(session!));

    // 打刻: the action client reads the session, then the punch's transaction.
    const punched = await step("打刻 (action: session + punch)", () =>
      browser.request(async () => punch((await getSession())!, "IN", `IN:${crypto.randomUUID()}`, await requestNow())),
    );
    expect(punched.status).toBe("created");
    expect(punched.today).toEqual([punched.punch]);
  });
});
