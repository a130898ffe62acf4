/**
 * The time, as the server sees it. Tests of day-scale rules (the 90-day skip)
 * move it with the `x-tobira-test-now` request header — honoured only when the
 * server was started with TOBIRA_TEST_CLOCK=1, which production never sets.
 */
import "server-only";
import { headers } from "next/headers";

export const TEST_CLOCK_HEADER = "x-tobira-test-now";

export async function requestNow(): Promise<Date> {
  if (process.env.TOBIRA_TEST_CLOCK !== "1") return new Date();
  const value = (await headers()).get(TEST_CLOCK_HEADER);
  const at = value ? new Date(value) : null;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}
