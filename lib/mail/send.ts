/**
 * Sends mail. With RESEND_API_KEY, through Resend (RESEND_BASE_URL points the
 * SDK elsewhere, e.g. at the test capture server). Without a key, outside
 * production or in the demo, into the development outbox (/dev/outbox, see
 * dev-outbox.ts). A failure is
 * returned, never thrown, and never logged with the message body (it may hold
 * a code).
 */
import "server-only";
import { Resend } from "resend";
import { devOutboxEnabled, saveDevMail } from "./dev-outbox";

export type MailMessage = { to: string; subject: string; text: string; html: string; idempotencyKey?: string };
export type SendResult = { ok: true } | { ok: false; reason: "not_configured" | "rejected" | "unreachable" | "timeout" };

/**
 * How long one send may take (MAIL_TIMEOUT_MS, default 10 s). A provider that
 * hangs must not hold a sign-in step open: past this the send counts as failed,
 * and the caller tells the user and leaves the flow ready for another try.
 */
export function mailTimeoutMs(): number {
  const n = Number(process.env.MAIL_TIMEOUT_MS ?? 10_000);
  return Number.isFinite(n) && n > 0 ? n : 10_000;
}

let client: Resend | undefined;

function resend(): Resend {
  // Constructed lazily: the SDK throws without a key and reads RESEND_BASE_URL when built.
  client ??= new Resend(process.env.RESEND_API_KEY);
  return client;
}

export function mailTransport(): "resend" | "dev-outbox" | "none" {
  if (process.env.RESEND_API_KEY) return "resend";
  return devOutboxEnabled() ? "dev-outbox" : "none";
}

export async function sendMail(message: MailMessage): Promise<SendResult> {
  const transport = mailTransport();
  if (transport === "none") {
    console.error("[mail] RESEND_API_KEY is not set: mail cannot be sent in production");
    return { ok: false, reason: "not_configured" };
  }
  if (transport === "dev-outbox") {
    await saveDevMail({ to: message.to, subject: message.subject, text: message.text, html: message.html });
    return { ok: true };
  }
  // The SDK passes the signal to fetch; an aborted fetch comes back as an `error`, not a throw.
  const signal = AbortSignal.timeout(mailTimeoutMs());
  try {
    const { error } = await resend().emails.send(
      { from: process.env.MAIL_FROM ?? "Tobira <no-reply@tobira.example>", to: message.to, subject: message.subject, text: message.text, html: message.html },
      { signal, ...(message.idempotencyKey ? { idempotencyKey: message.idempotencyKey } : {}) },
    );
    if (signal.aborted) {
      console.error(`[mail] Resend did not answer within ${mailTimeoutMs()} ms`);
      return { ok: false, reason: "timeout" };
    }
    if (error) {
      console.error(`[mail] Resend refused a message: ${error.name}`);
      return { ok: false, reason: "rejected" };
    }
    return { ok: true };
  } catch (err) {
    if (signal.aborted) {
      console.error(`[mail] Resend did not answer within ${mailTimeoutMs()} ms`);
      return { ok: false, reason: "timeout" };
    }
    console.error(`[mail] Resend unreachable: ${err instanceof Error ? err.name : "error"}`);
    return { ok: false, reason: "unreachable" };
  }
}
