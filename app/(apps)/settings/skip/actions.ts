"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { revokeAllSkips, revokeOneSkip, SKIP_SETTINGS_PATH } from "@/lib/auth/skip-settings";
import { requireForm } from "@/lib/http/action-input";

// The data layer checks the session (full mode) and that the record is the account's own.

const browserId = z.string().regex(/^[a-z0-9]{10,40}$/);

export async function revokeOneSkipAction(raw: FormData): Promise<void> {
  const form = requireForm(raw);
  const id = browserId.safeParse(form.get("id"));
  const done = id.success && (await revokeOneSkip(id.data));
  redirect(`${SKIP_SETTINGS_PATH}?done=${done ? "one" : "not_found"}`);
}

export async function revokeAllSkipsAction(): Promise<void> {
  await revokeAllSkips();
  redirect(`${SKIP_SETTINGS_PATH}?done=all`);
}
