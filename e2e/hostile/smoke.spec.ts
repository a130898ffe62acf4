// The harness itself: the three ways in work over raw HTTP, so every refusal
// the families see is a refusal and not a broken client.
import { expect, test } from "@playwright/test";
import { allActions } from "@/e2e/support/http/action-ids";
import { hostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query } from "./support/db";
import { signInFull, signInLimited } from "./support/sign-in";

test("full sign-in with TOTP, limited sign-in, e-mailed code and a sharoushi: each makes one session row", async () => {
  const totp = hostileAccount("smokeTotp");
  const client = new HostileClient();
  await signInFull(client, totp);
  expect((await client.get("/home")).status).toBe(200);
  expect(await liveSessions(totp.id)).toEqual([expect.objectContaining({ mode: "FULL" })]);

  const limited = new HostileClient();
  await signInLimited(limited, totp);
  expect((await liveSessions(totp.id)).map((s) => s.mode)).toEqual(["FULL", "LIMITED"]);

  const email = hostileAccount("smokeEmail");
  await signInFull(new HostileClient(), email);
  expect(await liveSessions(email.id)).toHaveLength(1);

  const sharoushi = hostileAccount("smokeSharoushi");
  await signInFull(new HostileClient(), sharoushi);
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
