/**
 * The home menu (/home): employees get the tiles of their company's apps;
 * sharoushi accounts get their office's client companies with licences and
 * employee counts. Pages get the session from lib/auth/session.ts (requireAnySession).
 */
import "server-only";
import type { Session } from "@/lib/auth/session";
import { appsInUse, listClientCompanies, type ClientCompanyView } from "@/lib/licences/queries";
import { accountLinks, homeTiles, type AppFunction, type HomeLink, type HomeTile } from "./tiles";

type AccountSection = { links: HomeLink[]; locked: AppFunction[] };

export type HomeView =
  | { kind: "employee"; tiles: HomeTile[]; account: AccountSection }
  | { kind: "sharoushi"; companies: ClientCompanyView[]; account: AccountSection };

export async function getHomeView(session: Session): Promise<HomeView> {
  const account = accountLinks(session.mode);
  if (session.role === "SHAROUSHI") return { kind: "sharoushi", companies: await listClientCompanies(session), account };
  const tiles = homeTiles({ mode: session.mode, isHrStaff: session.isHrStaff, appsInUse: await appsInUse(session) });
  return { kind: "employee", tiles, account };
}
