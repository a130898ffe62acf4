// GET /login/restart — 「ログインからやり直す」: forget the sign-in in progress, back to the form.
// Changes only this browser's own pending sign-in, so a GET is safe here.
import { NextResponse } from "next/server";
import { forgetFlow } from "@/lib/auth/flow-store";

export async function GET(request: Request) {
  await forgetFlow();
  return NextResponse.redirect(new URL("/login", request.url), 303);
}
