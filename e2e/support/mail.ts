/**
 * Reads what the app "sent" from a local mail capture (mail-capture-server.ts):
 * the run's own (MAIL_CAPTURE_PORT) unless a suite names another.
 */
import { expect } from "@playwright/test";

export const MAIL_CAPTURE_URL = `http://127.0.0.1:${process.env.MAIL_CAPTURE_PORT ?? 3299}`;

export type Mail = { subject: string; text: string; html: string; to: string[]; at: string };

export async function mailsTo(address: string, captureUrl = MAIL_CAPTURE_URL): Promise<Mail[]> {
  const res = await fetch(`${captureUrl}/messages?to=${encodeURIComponent(address)}`);
  return (await res.json()) as Mail[];
}

/** Waits for the n-th mail to the address (1-based) and returns it. */
export async function waitForMail(address: string, count = 1): Promise<Mail> {
  let found: Mail[] = [];
  await expect.poll(async () => (found = await mailsTo(address)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return found[count - 1]!;
}

export function codeIn(mail: Mail): string {
  const match = mail.text.match(/\b(\d{6})\b/);
  if (!match) throw new Error(`no code in mail "${mail.subject}"`);
  return match[1]!;
}
