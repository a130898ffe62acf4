// The words a page shows for `?error=` after a form post without JavaScript
// (lib/auth/sign-in/messages.ts): every step refusal and "required" in both
// languages, and nothing at all for a code the steps never send.
import { describe, expect, it } from "vitest";
import { postedErrorMessage, stepErrorMessage } from "@/lib/auth/sign-in/messages";
import { en } from "@/lib/i18n/messages/en";
import { ja } from "@/lib/i18n/messages/ja";

describe("postedErrorMessage", () => {
  it.each([["ja", ja], ["en", en]] as const)("words each refusal code in %s as the action does", (_, t) => {
    expect(postedErrorMessage(t, "invalid_credentials")).toBe(t.auth.login.invalid);
    expect(postedErrorMessage(t, "wrong_code")).toBe(t.auth.verify.wrong);
    expect(postedErrorMessage(t, "code_reused")).toBe(stepErrorMessage(t, "code_reused"));
    expect(postedErrorMessage(t, "locked")).toBe(t.auth.verify.locked);
    expect(postedErrorMessage(t, "required")).toBe(t.auth.login.required);
  });

  it("shows nothing for an absent, repeated or unknown parameter", () => {
    expect(postedErrorMessage(ja, undefined)).toBeUndefined();
    expect(postedErrorMessage(ja, ["wrong_code", "locked"])).toBeUndefined();
    expect(postedErrorMessage(ja, "<b>owned</b>")).toBeUndefined();
    expect(postedErrorMessage(ja, "toString")).toBeUndefined();
    expect(postedErrorMessage(ja, "")).toBeUndefined();
  });
});
