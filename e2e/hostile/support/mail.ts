/** Codes the app mailed, read from the run's mail capture (e2e/support/mail-capture-server.ts). */
import { hostileEnv } from "./env";

export type Mail = { subject: string; text: string; html: string; to: string[]; at: string };

export async function mailsTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${hostileEnv().mailCaptureUrl}/messages?to=${encodeURIComponent(address)}`);
  return (await res.json()) as Mail[];
}

/** Waits until at least `count` mails reached the address; returns the count-th (1-based). */
export async function waitForMail(address: string, count = 1, timeoutMs = 10_000): Promise<Mail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count) return mails[count - 1]!;
    if (Date.now() > until) throw new Error(`hostile: mail #${count} to ${address} never came (got ${mails.length})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function codeIn(mail: Mail): string {
  const match = mail.text.match(/\b(\d{6})\b/);
  if (!match) throw new Error(`hostile: no code in mail "${mail.subject}"`);
  return match[1]!;
}
