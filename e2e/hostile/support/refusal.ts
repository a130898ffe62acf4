/** What a refusal looks like, and the messages it must carry (the app's own ja text). */
import { expect } from "@playwright/test";
import { ScureBase32Plugin, generateSync } from "otplib";
import type { HttpResponse } from "@/e2e/support/http/client";
import { stepError } from "@/e2e/support/http/sign-in";
import { ja } from "@/lib/i18n/messages/ja";

export const messages = ja;

/** A form action's refusal: a clear message, never a 5xx, and no redirect onwards. */
export function expectRefused(res: HttpResponse, message?: string) {
  expect(res.status, "a refusal is never a 5xx").toBeLessThan(500);
  expect(res.redirectPath, "a refused step goes nowhere").toBeNull();
  const error = stepError(res);
  if (message) expect(error).toBe(message);
  else expect(error, "a refusal says why").toBeTruthy();
}

const base32 = new ScureBase32Plugin();

/** The TOTP code of the time step `offset` steps from now. */
export function totpAt(key: string, offset: number, at = Date.now()): string {
  return generateSync({ secret: base32.decode(key), epoch: Math.floor(at / 1000) + offset * 30 });
}

/** Six digits that are no code of the account within two steps of now. */
export function wrongTotp(key: string): string {
  const near = new Set([-2, -1, 0, 1, 2].map((o) => totpAt(key, o)));
  for (;;) {
    const guess = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
    if (!near.has(guess)) return guess;
  }
}

/** Waits until the next TOTP step boundary is at least `marginMs` away (offsets stay what they say). */
export async function awayFromStepEdge(marginMs = 4000) {
  for (;;) {
    const intoStep = Date.now() % 30_000;
    if (intoStep > 1000 && intoStep < 30_000 - marginMs) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}
