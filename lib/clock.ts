/**
 * The one clock: the time every decision of a request is made at (sessions'
 * time-outs, codes' expiry and cool-downs, failure-limit delays, TOTP windows,
 * login flows and grants, skips, known browsers, punches, notices). Entry points
 * (pages, server actions, route handlers, the sign-in steps, getSession) read it
 * once and pass it down; the data layer takes `now` from its caller and never
 * reads a clock of its own (eslint.config.mjs holds that rule).
 *
 * Tests move it with the `x-tobira-test-now` request header — honoured only
 * when the server was started with TOBIRA_TEST_CLOCK=1, which production never
 * sets; otherwise no header is read at all.
 */
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";

export const TEST_CLOCK_HEADER = "x-tobira-test-now";

/** The request's time; one value per server render (React's request cache), so its parts agree. */
export const requestNow = cache(async (): Promise<Date> => {
  if (process.env.TOBIRA_TEST_CLOCK !== "1") return new Date();
  const value = (await headers()).get(TEST_CLOCK_HEADER);
  const at = value ? new Date(value) : null;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
});
