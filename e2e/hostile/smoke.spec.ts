// The harness itself: the three ways in work over raw HTTP, so every refusal
// the families see is a refusal and not a broken client.
import { expect, test } from "@playwright/test";
import { hostileAccount } from "./support/accounts";
import { allActions } from "./support/actions";
import { liveSessions, query } from "./support/db";
import { HttpClient } from "./support/http";
import { signInFull, signInLimited } from "./support/sign-in";

test("full sign-in with TOTP, limited sign-in, e-mailed code and a sharoushi: each makes one session row", async () => {
  const totp = hostileAccount("smokeTotp");
  const client = new HttpClient();
  await signInFull(client, totp);
  expect((await client.get("/home")).status).toBe(200);
  expect(await liveSessions(totp.id)).toEqual([expect.objectContaining({ mode: "FULL" })]);

  const limited = new HttpClient();
  await signInLimited(limited, totp);
  expect((await liveSessions(totp.id)).map((s) => s.mode)).toEqual(["FULL", "LIMITED"]);

  const email = hostileAccount("smokeEmail");
  await signInFull(new HttpClient(), email);
  expect(await liveSessions(email.id)).toHaveLength(1);

  const sharoushi = hostileAccount("smokeSharoushi");
  await signInFull(new HttpClient(), sharoushi);
  expect(await liveSessions(sharoushi.id)).toHaveLength(1);
});

test("the second office exists with its own company, staff and employee", async () => {
  const staff = hostileAccount("office2Sharoushi");
  const employee = hostileAccount("office2Employee");
  const [company] = await query<{ officeId: string }>(`SELECT "officeId" FROM "Company" WHERE id = $1`, [employee.companyId]);
  expect(company!.officeId).toBe(staff.officeId);
  expect(staff.officeId).not.toBe(hostileAccount("smokeSharoushi").officeId);
});

test("the build's action IDs are readable", () => {
  expect(allActions().some((a) => a.name === "passwordAction" && a.pages.includes("/login"))).toBe(true);
});
