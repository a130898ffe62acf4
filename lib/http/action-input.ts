/**
 * The FormData of a form action, or a 404 for a call that did not come from
 * our form. Every server action is a public endpoint: anyone can call it by
 * its ID with arguments of any shape (a string, a number, nothing), and an
 * action that used them as a form would throw, which Next answers with a 500.
 *
 * Why 404: inside an action, Next gives a status of its own only to
 * `notFound()` (404) and, behind the experimental `authInterrupts` flag, to
 * `forbidden()` / `unauthorized()` (403 / 401); every other throw is a 500.
 * Next offers no 400, 403 would say "not allowed" where the truth is "no such
 * form call", and an experimental flag is no base for a refusal, so: 404.
 * The rules on the request itself (body encoding, JSON root) are checked
 * earlier, with 415 / 400, by lib/http/request-guard.ts.
 *
 * One place, so that a later single action client can replace it.
 */
import { notFound } from "next/navigation";

/** The action's form argument when it is a FormData; otherwise the request ends here with a 404. */
export function requireForm(input: unknown): FormData {
  if (input instanceof FormData) return input;
  notFound();
}
