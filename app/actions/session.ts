"use server";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/config";
import { endSession } from "@/lib/auth/logout";

export async function logoutAction() {
  await endSession();
  // A relative redirect, not Auth.js's absolute one built from Host and X-Forwarded-Proto.
  await signOut({ redirect: false });
  redirect("/login?signedOut=1");
}
