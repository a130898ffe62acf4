// Real mail in integration tests: the test capture (e2e/support/mail-capture-server.ts)
// on a free port, the real Resend client pointed at it, and the send given up after
// 500 ms so a "hanging provider" test ends quickly.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { startMailCapture } from "@/e2e/support/mail-capture-server";

export function withMailCapture() {
  const capture = startMailCapture(0);
  let base = "";
  beforeAll(async () => {
    if (!capture.listening) await new Promise((r) => capture.once("listening", r));
    base = `http://127.0.0.1:${(capture.address() as AddressInfo).port}`;
    process.env.RESEND_API_KEY = "re_integration_capture";
    process.env.RESEND_BASE_URL = base;
    process.env.MAIL_TIMEOUT_MS = "500";
  });
  afterAll(() => {
    capture.closeAllConnections();
    capture.close();
  });
  /** Makes the capture answer 500, hang, or accept again. */
  const fault = (mode: "500" | "hang" | "ok") => fetch(`${base}/__fault`, { method: "POST", body: JSON.stringify({ mode }) });
  /** The six-digit codes mailed to `to`, oldest first. */
  const codesTo = async (to: string): Promise<string[]> =>
    ((await (await fetch(`${base}/messages?to=${encodeURIComponent(to)}`)).json()) as { text: string }[]).map((m) => m.text.match(/\b(\d{6})\b/)![1]!);
  return { fault, codesTo };
}
