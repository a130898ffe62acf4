// Sign-in flows as a person walks them, on desktop and phone.
import { expect, test } from "@playwright/test";
import { e2eAccount } from "./support/accounts";
import { SignIn } from "./support/login-page";
import { codeIn, mailsTo, waitForMail } from "./support/mail";
import { freshTotp, totpNow } from "./support/totp";

test.describe("password step", () => {
  test("a wrong password and an unknown ID get the same answer", async ({ page }, info) => {
    const account = e2eAccount("wrongPassword", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password({ loginId: account.loginId, password: "not-the-password" });
    const alert = page.getByRole("alert").filter({ hasText: "ログインIDまたはパスワードが正しくありません。" });
    await expect(alert).toBeVisible();
    await signIn.password({ loginId: "C999-99999", password: "whatever-123" });
    await expect(alert).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });

  test("login IDs typed in full width or lower case are accepted", async ({ page }, info) => {
    const account = e2eAccount("limited", info.project.name);
    const signIn = new SignIn(page);
    const fullWidth = account.loginId.toLowerCase().replace(/[0-9a-z-]/g, (c) => (c === "-" ? "－" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    await signIn.password({ loginId: fullWidth, password: account.password });
    await signIn.choose("limited");
    await expect(page).toHaveURL(/\/home/);
  });
});

test.describe("login chooser (employees)", () => {
  test("shows the chooser's choices and note; cancel forgets the password step", async ({ page }, info) => {
    const account = e2eAccount("chooserCancel", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/choose/);
    await expect(page.getByRole("button", { name: "すべての機能を利用する" })).toBeVisible();
    await expect(page.getByRole("button", { name: "就業打刻・明細閲覧のみ利用する" })).toBeVisible();
    await expect(page.getByText("全ての機能を利用する場合は2要素認証が必要です")).toBeVisible();
    await signIn.choose("cancel");
    await expect(page).toHaveURL(/\/login$/);
    // Nothing kept: the chooser cannot be reached again without the password.
    await page.goto("/login/choose");
    await expect(page).toHaveURL(/\/login\?expired=1/);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name.includes("session-token"))).toBeUndefined();
  });
});

test.describe("limited mode and step-up", () => {
  test("limited session, then step-up to full with the Authenticator: a new session", async ({ page }, info) => {
    const account = e2eAccount("stepUp", info.project.name);
    const signIn = new SignIn(page);
    await signIn.limited(account);
    await expect(page.getByTestId("session-mode")).toHaveText("就業打刻・明細閲覧のみ");
    const limitedCookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
    const limitedToken = limitedCookie.value;

    // A full-mode page answers "two-factor needed".
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/step-up/);
    await expect(page.getByTestId("step-up-heading")).toHaveText("2要素認証が必要です");
    await page.getByTestId("step-up").click();
    // A step-up is not a sign-in (no password now): its code screen offers no skip.
    await expect(page).toHaveURL(/\/login\/verify/);
    await expect(page.getByText("次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する")).toHaveCount(0);
    await signIn.totp(account);
    await expect(page).toHaveURL(/\/settings/);
    await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
    const fullToken = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!.value;
    expect(fullToken).not.toBe(limitedToken);

    // The limited session it replaced is over, server-side.
    const other = await page.context().browser()!.newContext();
    await other.addCookies([{ name: limitedCookie.name, value: limitedToken, domain: "localhost", path: "/", secure: limitedCookie.secure }]);
    const stale = await other.newPage();
    await stale.goto("/home");
    await expect(stale).toHaveURL(/\/login/);
    await other.close();
  });
});

test.describe("Authenticator enrolment", () => {
  test("a sharoushi ID: no chooser; mailbox proof, QR, key, nickname, first code, recovery codes", async ({ page }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("sharoushiEnrol", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/setup\/email/);
    await signIn.enterCode(codeIn(await waitForMail(account.email, 1)));

    await expect(page).toHaveURL(/\/login\/setup\/authenticator/);
    const qr = page.getByTestId("totp-qr");
    await expect(qr).toBeVisible();
    // Never cut off: the whole code is inside the viewport's width.
    const box = (await qr.boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.width).toBeGreaterThan(150);

    await page.getByLabel("アプリに表示する名前（任意）").fill("事務所PC");
    await page.getByRole("button", { name: "名前を反映したQRコードを表示" }).click();
    await expect(page.getByText(`Tobira: ${account.loginId} (事務所PC)`)).toBeVisible();
    const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
    expect(key).toMatch(/^[A-Z2-7]{32}$/);

    // Full-width digits with a space, as a phone keyboard may type them.
    const code = totpNow(key).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    await page.getByLabel("ワンタイムパスワード（6桁）").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.getByTestId("totp-confirm").click();
    const codes = page.getByTestId("recovery-codes").getByRole("listitem");
    await expect(codes).toHaveCount(10);
    await page.getByTestId("recovery-codes-continue").click();
    await expect(page).toHaveURL(/\/home/);
    await expect(page.getByTestId("session-mode")).toHaveText("すべての機能");
    const notice = await waitForMail(account.email, 2);
    expect(notice.subject).toContain("2要素認証");

    // The key is never shown again, and the next sign-in asks for a code.
    await page.getByRole("button", { name: "ログアウト" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/login/setup/authenticator");
    await expect(page).toHaveURL(/\/login\?expired=1/);
    await signIn.password(account);
    await expect(page).toHaveURL(/\/login\/verify/);
    await signIn.enterCode(await freshTotp(key, new Set([totpNow(key)])));
    await expect(page).toHaveURL(/\/home/);
  });

  test("an employee chooses the Authenticator at the first full sign-in", async ({ page }, info) => {
    const account = e2eAccount("employeeEnrol", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    await expect(page).toHaveURL(/\/login\/setup$/);
    await page.getByTestId("setup-totp").click();
    await signIn.enterCode(codeIn(await waitForMail(account.email, 1)));
    const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
    await page.getByLabel("ワンタイムパスワード（6桁）").fill(totpNow(key));
    await page.getByTestId("totp-confirm").click();
    await page.getByTestId("recovery-codes-continue").click();
    await expect(page).toHaveURL(/\/home/);
  });
});

test.describe("Authenticator codes", () => {
  test("a code used once is refused the second time", async ({ page }, info) => {
    const account = e2eAccount("replay", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    const code = totpNow(account.totpKey!);
    await signIn.enterCode(code);
    await expect(page).toHaveURL(/\/home/);
    await page.getByRole("button", { name: "ログアウト" }).click();
    await signIn.password(account);
    await signIn.choose("full");
    await signIn.enterCode(code);
    // Typed correctly, but used: the user is told to wait for the next code, not that it is wrong.
    await expect(page.getByRole("alert").filter({ hasText: "このワンタイムパスワードはすでに使用されています" })).toBeVisible();
    await expect(page).toHaveURL(/\/login\/verify/);
  });

  test("a recovery code stands in for the phone, once, and a notice is e-mailed", async ({ page, browser }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("recovery", info.project.name);
    const signIn = new SignIn(page);
    await signIn.fullWithTotp(account);
    await page.goto("/settings/two-factor");
    await page.getByLabel("パスワード", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "リカバリーコードを再発行する" }).click();
    await expect(page.getByTestId("new-recovery-codes").getByRole("listitem")).toHaveCount(10);
    const codes = await page.getByTestId("new-recovery-codes").getByRole("listitem").allTextContents();
    // 80 bits, typed in four groups of four.
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);

    const context = await browser.newContext();
    const phone = await context.newPage();
    const other = new SignIn(phone);
    await other.password(account);
    await other.choose("full");
    await phone.getByText("スマートフォンが手元にない場合：リカバリーコードを入力").click();
    const form = phone.getByTestId("recovery-form");
    await form.getByRole("textbox").fill(codes[0]!.toLowerCase());
    await form.getByRole("button").click();
    await expect(phone).toHaveURL(/\/home/);
    const mail = (await mailsTo(account.email)).find((m) => m.subject.includes("リカバリーコード"));
    expect(mail?.text).toContain("9");
    await context.close();
  });
});

test.describe("e-mailed codes (employees)", () => {
  test("an employee chooses e-mail at the first full sign-in and signs in with the mailed code", async ({ page }, info) => {
    const account = e2eAccount("emailFactor", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    await page.getByTestId("setup-email").click();
    await expect(page).toHaveURL(/\/login\/verify/);
    await expect(page.getByText(/宛に、ワンタイムパスワードが記載されたメールを送信しました/)).toBeVisible();
    await signIn.enterCode(codeIn(await waitForMail(account.email, 1)));
    await expect(page).toHaveURL(/\/home/);
  });

  test("wrong code, cool-down on resend, then the newest code works and the old one is dead", async ({ page }, info) => {
    test.setTimeout(90_000);
    const account = e2eAccount("emailEnrolled", info.project.name);
    const signIn = new SignIn(page);
    await signIn.password(account);
    await signIn.choose("full");
    const first = codeIn(await waitForMail(account.email, 1));
    await signIn.enterCode(first === "000000" ? "111111" : "000000");
    await expect(page.getByRole("alert").filter({ hasText: "ワンタイムパスワードが正しくありません" })).toBeVisible();
    await page.getByTestId("send-code").click();
    await expect(page.getByText(/再送信は\d+秒後にできます/)).toBeVisible();
    // After the cool-down (61 s later by the server's clock: x-tobira-test-now, lib/clock.ts) a new code replaces the old one.
    await page.setExtraHTTPHeaders({ "x-tobira-test-now": new Date(Date.now() + 61_000).toISOString() });
    await page.getByTestId("send-code").click();
    await expect(page.getByText("ワンタイムパスワードを送信しました。")).toBeVisible();
    const second = codeIn(await waitForMail(account.email, 2));
    if (first !== second) {
      await signIn.enterCode(first);
      await expect(page.getByRole("alert").filter({ hasText: "ワンタイムパスワードが正しくありません" })).toBeVisible();
    }
    await signIn.enterCode(second);
    await expect(page).toHaveURL(/\/home/);
  });
});
