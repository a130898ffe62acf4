// GET /login/restart — 「ログインからやり直す」: forget the sign-in in progress, back to the form.
// Changes only this browser's own pending sign-in, so a GET is safe here.
// The redirect is relative: request.url carries the server's bind address, not the browser's host.
import { forgetFlow } from "@/lib/auth/flow-store";

export async function GET() {
  await forgetFlow();
  return new Response(null, { status: 303, headers: { Location: "/login" } });
}
