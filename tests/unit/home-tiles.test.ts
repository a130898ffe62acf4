// The home menu's tiles as a table: the limited mode links exactly 打刻 and
// 明細閲覧 and locks the rest; nothing without a page is ever linked.
import { describe, expect, it } from "vitest";
import { accountLinks, homeTiles } from "@/lib/home/tiles";

const ALL = ["ATTENDANCE", "PAYSLIPS", "RECEPTION"] as const;

describe("homeTiles", () => {
  it("limited mode links only 打刻 and 明細閲覧", () => {
    const tiles = homeTiles({ mode: "LIMITED", isHrStaff: true, appsInUse: ALL });
    expect(tiles.flatMap((t) => t.links.map((l) => l.fn))).toEqual(["punch", "viewPayslips"]);
    expect(tiles.flatMap((t) => t.locked)).toEqual(["requests", "registerPayslips", "reception"]);
  });

  it("full mode locks nothing and omits what has no page yet", () => {
    const tiles = homeTiles({ mode: "FULL", isHrStaff: true, appsInUse: ALL });
    expect(tiles.map((t) => t.app)).toEqual(["ATTENDANCE", "PAYSLIPS"]);
    expect(tiles.every((t) => t.locked.length === 0)).toBe(true);
  });

  it("every link has a page", () => {
    for (const mode of ["LIMITED", "FULL"] as const) {
      for (const t of homeTiles({ mode, isHrStaff: true, appsInUse: ALL })) {
        for (const l of t.links) expect(["/attendance", "/payslips"]).toContain(l.href);
      }
    }
  });

  it("shows only the apps in use, in order", () => {
    expect(homeTiles({ mode: "LIMITED", isHrStaff: false, appsInUse: ["PAYSLIPS"] }).map((t) => t.app)).toEqual(["PAYSLIPS"]);
    expect(homeTiles({ mode: "FULL", isHrStaff: false, appsInUse: [] })).toEqual([]);
  });

  it("明細登録 is locked only for HR staff (others never have it)", () => {
    const staff = homeTiles({ mode: "LIMITED", isHrStaff: false, appsInUse: ["PAYSLIPS"] });
    expect(staff[0]!.locked).toEqual([]);
  });

  it("settings: a link in the full mode, locked in the limited one", () => {
    expect(accountLinks("FULL")).toEqual({ links: [{ fn: "settings", href: "/settings" }], locked: [] });
    expect(accountLinks("LIMITED")).toEqual({ links: [], locked: ["settings"] });
  });
});
