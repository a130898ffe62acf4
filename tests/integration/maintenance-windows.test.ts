// Maintenance windows: only office administrators (or the CLI's system actor)
// schedule, change, cancel and end them; the rules (end after start, no past
// start, no overlap, cancel only before, end only during); every change audited;
// and the proxy's gate, reading the bounded cache, stops everything inside a
// window under the moved clock and lets everything through outside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedWindows, invalidateWindows, setWindowLoader } from "@/lib/maintenance/cache";
import { maintenanceGate } from "@/lib/maintenance/gate";
import { registerMaintenanceSource } from "@/lib/maintenance/source";
import { cancelWindow, endWindowNow, listWindows, scheduleWindow, updateWindow, type SystemActor } from "@/lib/maintenance/windows";
import { runMaintenanceCommand } from "@/scripts/maintenance-command";
import { testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { createOffice, createSharoushi, sessionFor } from "./apps-fixtures";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe(`maintenance windows (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const system: SystemActor = { kind: "system", name: "ops" };
  // Each test works in its own stretch of the future, so windows never meet by accident.
  let base = Date.now() + 400 * DAY;
  const stretch = () => (base += 30 * DAY);

  const admin = async () => {
    const office = await createOffice(db().client);
    const account = await createSharoushi(db().client, office.id);
    await db().client.account.update({ where: { id: account.id }, data: { isOfficeAdmin: true } });
    return sessionFor(db().client, account.id, "FULL");
  };
  const input = (start: number, hours = 2) => ({ startsAt: new Date(start), endsAt: new Date(start + hours * HOUR), messageJa: "年末年始", messageEn: "Year end" });

  beforeAll(() => registerMaintenanceSource());
  afterAll(() => setWindowLoader(undefined));

  it("lets an office administrator schedule, change and cancel a future window, audited", async () => {
    const actor = await admin();
    const now = new Date();
    const start = stretch();
    const made = await scheduleWindow(actor, input(start), testRequest, now);
    expect(made.ok).toBe(true);
    const id = made.ok ? made.id : "";
    expect(await updateWindow(actor, id, input(start + HOUR, 3), testRequest, now)).toEqual({ ok: true, id });
    const row = await db().client.maintenanceWindow.findUniqueOrThrow({ where: { id } });
    expect(row.startsAt).toEqual(new Date(start + HOUR));
    expect(row.createdBy).toBe(actor.loginId);
    expect(await cancelWindow(actor, id, testRequest, now)).toEqual({ ok: true, id });
    expect((await listWindows(actor, now)).find((w) => w.id === id)?.status).toBe("cancelled");
    const types = (await db().client.auditEvent.findMany({ where: { accountId: actor.accountId }, orderBy: { at: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["maintenance.scheduled", "maintenance.updated", "maintenance.cancelled"]);
  });

  it("refuses anyone but an office administrator, and a limited session", async () => {
    const office = await createOffice(db().client);
    const plain = await sessionFor(db().client, (await createSharoushi(db().client, office.id)).id, "FULL");
    const owner = await admin();
    const limited = await sessionFor(db().client, owner.accountId, "LIMITED");
    const made = await scheduleWindow(owner, input(stretch()), testRequest, new Date());
    const id = made.ok ? made.id : "";
    for (const actor of [plain, limited]) {
      expect(await scheduleWindow(actor, input(stretch()), testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });
      expect(await updateWindow(actor, id, input(stretch()), testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });
      expect(await cancelWindow(actor, id, testRequest, new Date())).toEqual({ ok: false, error: "forbidden" });
      expect(await listWindows(actor, new Date())).toEqual([]);
    }
    expect(await db().client.auditEvent.count({ where: { accountId: plain.accountId, type: "maintenance.refused" } })).toBe(3);
    // An administrator of any office manages the service's windows: they are not an office's.
    expect((await cancelWindow(await admin(), id, testRequest, new Date())).ok).toBe(true);
  });

  it("holds the rules: end after start, no past start, no overlap, cancel before, end during", async () => {
    const actor = await admin();
    const now = new Date();
    const start = stretch();
    expect(await scheduleWindow(actor, { ...input(start), endsAt: new Date(start) }, testRequest, now)).toEqual({ ok: false, error: "invalid_range" });
    expect(await scheduleWindow(actor, input(now.getTime() - HOUR), testRequest, now)).toEqual({ ok: false, error: "in_past" });
    expect(await scheduleWindow(actor, { ...input(start), messageJa: "あ".repeat(501) }, testRequest, now)).toEqual({ ok: false, error: "message_too_long" });
    const first = await scheduleWindow(actor, input(start), testRequest, now);
    expect(first.ok).toBe(true);
    const id = first.ok ? first.id : "";
    expect(await scheduleWindow(actor, input(start + HOUR), testRequest, now)).toEqual({ ok: false, error: "overlap" });
    expect((await scheduleWindow(actor, input(start + 2 * HOUR), testRequest, now)).ok).toBe(true); // touching is fine
    expect(await endWindowNow(actor, id, testRequest, now)).toEqual({ ok: false, error: "not_active" });

    const during = new Date(start + HOUR);
    expect(await cancelWindow(actor, id, testRequest, during)).toEqual({ ok: false, error: "not_cancellable" });
    // A started window keeps its start, whatever the form says.
    expect((await updateWindow(actor, id, { ...input(start + 5 * DAY), endsAt: new Date(start + 90 * 60_000) }, testRequest, during)).ok).toBe(true);
    expect((await db().client.maintenanceWindow.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(new Date(start));
    expect(await endWindowNow(actor, id, testRequest, during)).toEqual({ ok: true, id });
    expect(await updateWindow(actor, id, input(start), testRequest, new Date(start + 2 * HOUR))).toEqual({ ok: false, error: "not_editable" });
    expect(await cancelWindow(actor, "nope", testRequest, now)).toEqual({ ok: false, error: "not_found" });
  });

  it("answers 503 with Retry-After and no-store inside a window (moved clock), and lets requests through outside it", async () => {
    process.env.TOBIRA_TEST_CLOCK = "1";
    const start = stretch();
    const made = await scheduleWindow(system, input(start), null, new Date());
    expect(made.ok).toBe(true);
    const request = (at: number, path = "/login", headers: Record<string, string> = {}) => ({
      headers: new Headers({ "x-tobira-test-now": new Date(at).toISOString(), ...headers }),
      cookies: { get: (name: string) => (name === "tobira_locale" && headers.locale ? { value: headers.locale } : undefined) },
      nextUrl: { pathname: path },
    });
    expect(await maintenanceGate(request(start - 1000))).toBeNull();
    const stopped = (await maintenanceGate(request(start + 30 * 60_000)))!;
    expect(stopped.status).toBe(503);
    expect(stopped.headers.get("retry-after")).toBe(String(90 * 60));
    expect(stopped.headers.get("cache-control")).toBe("no-store");
    expect(await stopped.text()).toContain("メンテナンス");
    const english = (await maintenanceGate(request(start + HOUR, "/home", { locale: "en" })))!;
    expect(await english.text()).toContain("Under maintenance");
    const health = (await maintenanceGate(request(start + HOUR, "/api/health")))!;
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "maintenance" });
    expect(await maintenanceGate(request(start + 2 * HOUR))).toBeNull();
    delete process.env.TOBIRA_TEST_CLOCK;
  });

  it("re-reads the windows at most once per bound, and at once after a change on this instance", async () => {
    invalidateWindows();
    const first = await cachedWindows();
    const start = stretch();
    // Written behind the cache's back (as another instance would): not seen until the bound passes.
    const row = await db().client.maintenanceWindow.create({ data: { ...input(start), createdBy: "other-instance" } });
    expect((await cachedWindows()).some((w) => w.id === row.id)).toBe(false);
    expect((await cachedWindows()).length).toBe(first.length);
    invalidateWindows();
    expect((await cachedWindows()).some((w) => w.id === row.id)).toBe(true);
  });

  it("runs the command line: schedule, list, end and cancel, as cli:<user>", async () => {
    const lines: string[] = [];
    const out = (l: string) => lines.push(l);
    const start = new Date(stretch());
    const tokyo = (d: Date) => new Date(d.getTime() + 9 * HOUR).toISOString().slice(0, 16).replace("T", " ");
    const args = ["schedule", "--start", tokyo(start), "--end", tokyo(new Date(start.getTime() + 2 * HOUR)), "--ja", "停止します"];
    expect(await runMaintenanceCommand(args, system, new Date(), out)).toBe(0);
    const id = lines.at(-1)!.split(" ")[1]!;
    expect((await db().client.maintenanceWindow.findUniqueOrThrow({ where: { id } })).createdBy).toBe("cli:ops");
    expect(await runMaintenanceCommand(["list"], system, new Date(), out)).toBe(0);
    expect(lines.some((l) => l.startsWith(id) && l.includes("scheduled"))).toBe(true);
    expect(await runMaintenanceCommand(["end", id], system, new Date(), out)).toBe(1);
    expect(lines.at(-1)).toBe("refused: not_active");
    expect(await runMaintenanceCommand(["end", id], system, new Date(start.getTime() + HOUR), out)).toBe(0);
    expect(await runMaintenanceCommand(["cancel", id], system, new Date(start.getTime() + 2 * HOUR), out)).toBe(1);
    expect(await runMaintenanceCommand(["schedule", "--start", "soon"], system, new Date(), out)).toBe(2);
    expect(await runMaintenanceCommand([], system, new Date(), out)).toBe(2);
    const audits = await db().client.auditEvent.findMany({ where: { loginId: "cli:ops", type: { in: ["maintenance.scheduled", "maintenance.ended"] } } });
    expect(audits.length).toBeGreaterThanOrEqual(2);
  });
});
