// Where the service stands against its windows at one instant: stopped, announced or nothing.
import { describe, expect, it } from "vitest";
import { effectiveEnd, maintenanceState, overlaps, retryAfterSeconds, type WindowTimes } from "@/lib/maintenance/state";

const at = (s: string) => new Date(s);
const window = (over: Partial<WindowTimes> = {}): WindowTimes => ({
  id: "w1",
  startsAt: at("2026-12-27T10:00:00Z"),
  endsAt: at("2027-01-05T23:30:00Z"),
  messageJa: "",
  messageEn: "",
  cancelledAt: null,
  endedEarlyAt: null,
  ...over,
});

describe("maintenance state", () => {
  it("announces a window from the notice period, not before", () => {
    const w = window();
    expect(maintenanceState([w], at("2026-12-13T09:59:59Z"), 14).kind).toBe("none");
    expect(maintenanceState([w], at("2026-12-13T10:00:00Z"), 14)).toMatchObject({ kind: "upcoming", window: w });
    expect(maintenanceState([w], at("2026-12-13T10:00:00Z"), 0).kind).toBe("none");
  });

  it("stops from the start (inclusive) until the end (exclusive)", () => {
    const w = window();
    expect(maintenanceState([w], at("2026-12-27T09:59:59.999Z"), 14).kind).toBe("upcoming");
    expect(maintenanceState([w], at("2026-12-27T10:00:00Z"), 14)).toMatchObject({ kind: "active", until: w.endsAt });
    expect(maintenanceState([w], at("2027-01-05T23:29:59Z"), 14).kind).toBe("active");
    expect(maintenanceState([w], at("2027-01-05T23:30:00Z"), 14).kind).toBe("none");
  });

  it("ignores a cancelled window and ends one ended early", () => {
    expect(maintenanceState([window({ cancelledAt: at("2026-12-01T00:00:00Z") })], at("2026-12-28T00:00:00Z"), 14).kind).toBe("none");
    const early = window({ endedEarlyAt: at("2026-12-28T00:00:00Z") });
    expect(effectiveEnd(early)).toEqual(at("2026-12-28T00:00:00Z"));
    expect(maintenanceState([early], at("2026-12-27T23:00:00Z"), 14)).toMatchObject({ kind: "active", until: at("2026-12-28T00:00:00Z") });
    expect(maintenanceState([early], at("2026-12-28T00:00:00Z"), 14).kind).toBe("none");
  });

  it("announces the nearest of several windows, and a running one wins", () => {
    const later = window({ id: "later", startsAt: at("2027-02-01T00:00:00Z"), endsAt: at("2027-02-02T00:00:00Z") });
    const sooner = window({ id: "sooner", startsAt: at("2027-01-20T00:00:00Z"), endsAt: at("2027-01-21T00:00:00Z") });
    expect(maintenanceState([later, sooner], at("2027-01-19T00:00:00Z"), 30)).toMatchObject({ kind: "upcoming", window: { id: "sooner" } });
    expect(maintenanceState([later, sooner], at("2027-01-20T12:00:00Z"), 30)).toMatchObject({ kind: "active", window: { id: "sooner" } });
  });

  it("asks clients to retry when the window ends, within 1 s and a day", () => {
    expect(retryAfterSeconds(at("2026-12-27T10:00:00Z"), at("2026-12-27T10:00:30.2Z"))).toBe(31);
    expect(retryAfterSeconds(at("2026-12-27T10:00:00Z"), at("2026-12-27T10:00:00Z"))).toBe(1);
    expect(retryAfterSeconds(at("2026-12-27T10:00:00Z"), at("2027-01-05T23:30:00Z"))).toBe(86_400);
  });

  it("treats windows that only touch as not overlapping", () => {
    const a = { startsAt: at("2026-01-01T00:00:00Z"), endsAt: at("2026-01-01T02:00:00Z") };
    expect(overlaps(a, { startsAt: at("2026-01-01T02:00:00Z"), endsAt: at("2026-01-01T03:00:00Z") })).toBe(false);
    expect(overlaps(a, { startsAt: at("2026-01-01T01:59:00Z"), endsAt: at("2026-01-01T03:00:00Z") })).toBe(true);
  });
});
