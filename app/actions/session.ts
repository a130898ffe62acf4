"use server";
import { signOut } from "@/lib/auth/config";
import { endSession } from "@/lib/auth/logout";

export async function logoutAction() {
  await endSession();
  await signOut({ redirectTo: "/login?signedOut=1" });
}
