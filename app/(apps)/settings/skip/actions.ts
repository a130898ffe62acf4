"use server";
/**
 * ワンタイムパスワード入力省略設定 (full mode): plain form posts that answer with a
 * redirect. The action client checks the session and the form
 * (lib/http/action-client.ts); the data layer touches only the session's own records.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { revokeAllSkips, revokeOneSkip, SKIP_SETTINGS_PATH } from "@/lib/auth/skip-settings";
import { action } from "@/lib/http/action-client";

const access = { capability: "security.manage", returnTo: SKIP_SETTINGS_PATH } as const;

export const revokeOneSkipAction = action.form(
  // Any text: an ID that names no browser of this account is answered "not found" below.
  { ...access, input: z.object({ id: z.string().max(64) }) },
  async ({ input, session, now, request }) => {
    const done = /^[a-z0-9]{10,40}$/.test(input.id) && (await revokeOneSkip(session, input.id, await request(), now));
    redirect(`${SKIP_SETTINGS_PATH}?done=${done ? "one" : "not_found"}`);
  },
);

export const revokeAllSkipsAction = action.form(access, async ({ session, now, request }) => {
  const count = await revokeAllSkips(session, await request(), now);
  redirect(`${SKIP_SETTINGS_PATH}?done=${count === null ? "none" : "all"}`);
});
