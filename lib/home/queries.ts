/**
 * The home menu (/home): employees get the tiles of their company's apps;
 * sharoushi accounts get their office's client companies with licences and
 * employee counts. Pages get the session from lib/auth/session.ts (requireAnySession).
 */
import "server-only";
import { hasSecondFactor } from "@/lib/account/two-factor-reset";
import type { Session } from "@/lib/auth/session";
import { appsInUse, listClientCompanies, type ClientCompanyView } from "@/lib/licences/queries";
import { accountLinks, homeTiles, type AppFunction, type HomeLink, type HomeTile } from "./tiles";

/** `resetOwn`: the limited mode's 2要素認証初期化 link, only for an account that has a factor to reset (R-RESET-4). */
type AccountSection = { links: HomeLink[]; locked: AppFunction[]; resetOwn: boolean };

export type HomeView =
  | { kind: "employee"; tiles: HomeTile[]; account: AccountSection }
  | { kind: "sharoushi"; companies: ClientCompanyView[]; account: AccountSection };

export async function getHomeView(session: Session): Promise<HomeView> {
  const account = { ...accountLinks(session.mode), resetOwn: session.mode === "LIMITED" && (await hasSecondFactor(session)) };
  if (session.role === "SHAROUSHI") return { kind: "sharoushi", companies: await listClientCompanies(session), account };
  const tiles = homeTiles({ mode: session.mode, isHrStaff: session.isHrStaff, appsInUse: await appsInUse(session) });
  return { kind: "employee", tiles, account };
}
