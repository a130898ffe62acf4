/**
 * The one-time notice "two-factor authentication is set up" on the page a sign-in
 * lands on after enrolling a factor (at step-up, often the settings): a flag in the
 * URL, nothing secret — it only chooses a sentence, and a forged one changes nothing.
 */
export const ENROLLED_PARAM = "enrolled";

/** The landing path with the flag added (its own query and fragment kept). */
export function withEnrolledNotice(path: string): string {
  const url = new URL(path, "http://landing.invalid");
  url.searchParams.set(ENROLLED_PARAM, "1");
  return `${url.pathname}${url.search}${url.hash}`;
}

export function showsEnrolledNotice(params: Record<string, string | string[] | undefined>): boolean {
  return params[ENROLLED_PARAM] === "1";
}
