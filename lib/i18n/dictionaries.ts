/**
 * The dictionary of each locale, without request state: mails and the FAQ
 * (built outside a page's request) read their text here; pages use getMessages().
 */
import type { Locale } from "./config";
import { en } from "./messages/en";
import { ja, type Messages } from "./messages/ja";

const dictionaries: Record<Locale, Messages> = { ja, en };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}
