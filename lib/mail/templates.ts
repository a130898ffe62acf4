/**
 * The mail layout (text and HTML, values escaped) and the sign-in mails. Every
 * mail's words are in the dictionaries (lib/i18n/messages/mail.*.ts), filled by
 * the one message formatter; templates only choose the values.
 */
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/dictionaries";
import { formatAll, type Message, type MessageValue, type VariablesIn } from "@/lib/i18n/message";
import type { Messages } from "@/lib/i18n/messages/ja";

export type Rendered = { subject: string; text: string; html: string };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function wrap(subject: string, paragraphs: string[], code?: string): Rendered {
  const text = [...paragraphs.slice(0, 1), ...(code ? [code] : []), ...paragraphs.slice(1), "", "Tobira"].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6;color:#1c1917">${paragraphs
    .slice(0, 1)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}${code ? `<p style="font-size:28px;font-weight:bold;letter-spacing:6px" data-code>${escapeHtml(code)}</p>` : ""}${paragraphs
    .slice(1)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}<p style="color:#57534e">Tobira</p></body></html>`;
  return { subject, text, html };
}

type MailName = keyof Messages["mail"];
type MailVariables<N extends MailName> = VariablesIn<Messages["mail"][N]["subject"] | Messages["mail"][N]["body"][number]>;

/** One mail of the dictionary in the reader's language, with exactly the variables its texts name. */
export function renderMail<N extends MailName>(
  locale: Locale,
  name: N,
  values: { readonly [K in MailVariables<N>]: MessageValue },
  code?: string,
): Rendered {
  const m = messagesFor(locale).mail[name];
  const [subject, ...body] = formatAll<Message<string>>([m.subject, ...m.body], values as Record<string, MessageValue>);
  return wrap(subject!, body, code);
}

export function signInCodeMail(locale: Locale, v: { loginId: string; code: string; minutes: number }): Rendered {
  return renderMail(locale, "signInCode", { loginId: v.loginId, minutes: v.minutes }, v.code);
}

export function recoveryCodeUsedMail(locale: Locale, v: { loginId: string; remaining: number }): Rendered {
  return renderMail(locale, "recoveryCodeUsed", v);
}

export function totpEnrolledMail(locale: Locale, v: { loginId: string }): Rendered {
  return renderMail(locale, "totpEnrolled", v);
}
