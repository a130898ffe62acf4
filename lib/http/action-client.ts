/**
 * The action client every server action of the apps and the office is built
 * with (action-client-core.ts says what it does): here it is given the
 * request's session, messages, clock and client address, and the words for
 * the refusals the data layer throws.
 *
 *   export const changePasswordAction = action.state(
 *     { capability: "security.manage", returnTo: "/settings/password", input: z.object({ … }) },
 *     async ({ input, session, t, now, request }) => { … },
 *   );
 */
import "server-only";
import { AdditionalAccountsNotAllowed } from "@/lib/account/additional-accounts";
import { getRequestInfo } from "@/lib/auth/request-info";
import { getSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import type { Messages } from "@/lib/i18n/messages/ja";
import { AppAccessError } from "@/lib/licences/queries";
import { OfficeAccessError } from "@/lib/office/access";
import { createActionClient } from "./action-client-core";

export { refusal, type ActionContext, type PublicContext } from "./action-client-core";

/** The refusals the data layer throws rather than returns: the caller may not use the function at all. */
function refusalText(err: unknown, t: Messages): string | null {
  if (err instanceof AppAccessError) return err.reason === "not_licensed" ? t.apps.access.notLicensed : t.apps.access.notEmployee;
  if (err instanceof AdditionalAccountsNotAllowed) return t.selfService.accounts.notAllowed;
  if (err instanceof OfficeAccessError) return t.office.errors.forbidden;
  return null;
}

export const action = createActionClient({ session: getSession, messages: getMessages, now: requestNow, requestInfo: getRequestInfo }, refusalText);
