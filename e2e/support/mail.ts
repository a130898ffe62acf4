/** Reads what the app "sent" from the local mail capture (mail-capture-server.ts). */
import { expect } from "@playwright/test";

export const MAIL_CAPTURE_URL = `http://127.0.0.1:${process.env.MAIL_CAPTURE_PORT ?? 3299}`;

export type Mail = { subject: string; text: string; html: string; to: string[]; at: string };

export async function mailsTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${MAIL_CAPTURE_URL}/messages?to=${encodeURIComponent(address)}`);
  return res.json();
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
