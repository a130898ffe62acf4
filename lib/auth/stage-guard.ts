/**
 * For the pages of the sign-in steps: the flow of this browser at the stage the
 * page shows, or a redirect — to the page of the stage the flow is really at
 * (back button, second tab), or to /login when there is no live flow.
 */
import "server-only";
import { redirect } from "next/navigation";
import type { Stage } from "./sign-in/transitions";
import { flowView, STAGE_PATHS, type FlowView } from "./sign-in";

export async function requireStage(stage: Stage): Promise<FlowView> {
  const view = await flowView();
  if (!view || view.stage === "done") redirect("/login?expired=1");
  if (view.stage !== stage) redirect(STAGE_PATHS[view.stage]);
  return view;
}
