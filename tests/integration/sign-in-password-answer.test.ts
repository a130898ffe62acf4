// The password action's refusal writes no cookie. In a server action any cookie
// written (set or deleted) makes Next render the whole page again into the answer
// (action-handler: a modified cookie counts as a revalidation), although the form
// needs only its message; a refused password must not pay for that, nor forget
// the return address an earlier, successful step may still need.
import { describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { passwordAction } from "@/app/(auth)/login/actions";

function loginForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

describe(`the password action's answer (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  it("a wrong password or an unknown ID writes no cookie", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const browser = new TestBrowser("198.51.100.200");
    browser.jar.set("tobira_return", "/settings");
    const before = new Map(browser.jar);
    for (const loginId of [account.loginId, "C999-99999"]) {
      const answer = await browser.request(() => passwordAction({}, loginForm({ loginId, password: "not the password" })));
      expect(answer).toMatchObject({ error: expect.any(String) });
      expect(browser.jar).toEqual(before);
    }
  });

  it("a correct password keeps the return address it was given and starts the flow", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const browser = new TestBrowser("198.51.100.201");
    await expect(browser.request(() => passwordAction({}, loginForm({ loginId: account.loginId, password: TEST_PASSWORD, callbackUrl: "/payslips" })))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(browser.cookie("tobira_return")).toBe("/payslips");
    expect(browser.cookie("tobira_login")).toBeDefined();
  });

  it("a refused password gives back the login ID as typed, never the password", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const browser = new TestBrowser("198.51.100.202");
    const attempts: [loginId: string, password: string][] = [[account.loginId, "not the password"], [account.loginId, ""], ["C999-99999", "not the password"]];
    for (const [loginId, password] of attempts) {
      const answer = await browser.request(() => passwordAction({}, loginForm({ loginId, password })));
      expect(answer.values).toEqual({ loginId });
      if (password) expect(JSON.stringify(answer)).not.toContain(password);
    }
    // Over-long text is not given back.
    const long = await browser.request(() => passwordAction({}, loginForm({ loginId: "C".repeat(65), password: "x" })));
    expect(long.values).toBeUndefined();
  });
});
