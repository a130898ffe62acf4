/**
 * POST /login/step/<password|verify>: the sign-in steps for a form post
 * without JavaScript (the forms' permalink), answered with a bare 303 to where
 * the browser goes next — no page is rendered for it. The same zod forms
 * (lib/auth/sign-in/forms.ts), the same step functions and state machine
 * (lib/auth/sign-in) and the same session gate as the actions; a refusal goes
 * back to the step's page with `?error=<code>`, which that page words in the
 * user's language (lib/auth/sign-in/messages.ts), and the login form shows the
 * login ID as typed again (a minute-long cookie, forms.ts). With JavaScript the forms
 * still call the actions, whose answers render inline. The chooser has no
 * field to keep and no message to show, so its form stays the action's alone:
 * without JavaScript Next already answers that post with a bare 303.
 *
 * It repeats what the action client checks for an action: the origin and the
 * body's size (request-guard.ts, as proxy.ts does before it), a form body
 * (anything else is 415, an unreadable one 400, never a 500), the flow cookie
 * and its stage (the steps), the one clock, and a lost database as a 303 to
 * /unavailable. Other methods get Next's 405.
 */
import type { z } from "zod";
import { cookies } from "next/headers";
import { setAuthCookie, setReturnTo } from "@/lib/auth/cookies";
import { passwordStep, verifyStep, type StepResult } from "@/lib/auth/sign-in";
import { passwordForm, TYPED_LOGIN_COOKIE, TYPED_LOGIN_SECONDS, typedLoginId, verifyForm } from "@/lib/auth/sign-in/forms";
import type { PostedError } from "@/lib/auth/sign-in/messages";
import { openSignedInSession } from "@/lib/auth/sign-in/open-session";
import { requestNow } from "@/lib/clock";
import { DatabaseUnavailableError, isDatabaseUnavailable, UNAVAILABLE_PATH } from "@/lib/database/unavailable";
import { fieldsOf } from "@/lib/http/action-client-core";
import { refusalFor } from "@/lib/http/request-guard";
import { safeRelativePath } from "@/lib/http/safe-path";

const EXPIRED = "/login?expired=1";

/** Where a step's result sends the browser: the next stage, the signed-in landing page, or back with a code. */
async function answer(result: StepResult, back: (error: PostedError) => string): Promise<string> {
  if (result.ok && "next" in result) return result.next;
  if (result.ok) return (await openSignedInSession(result.grant, result.accountId, !!result.enrolled, await requestNow())) ?? EXPIRED;
  if (result.error === "flow_expired") return EXPIRED;
  return back(result.error);
}

type Step<F extends z.ZodObject> = {
  form: F;
  /** Where a form that does not parse goes. */
  invalid: (fields: Record<string, FormDataEntryValue>) => string | Promise<string>;
  run: (input: z.output<F>) => Promise<string>;
};

const step = <F extends z.ZodObject>(s: Step<F>) => s;

/** The login ID a refused post typed, for the login form to show again (forms.ts); forgotten once the password is right. */
async function keepTypedLoginId(value: unknown) {
  const typed = typedLoginId(value);
  if (typed) await setAuthCookie(TYPED_LOGIN_COOKIE, typed, { maxAge: TYPED_LOGIN_SECONDS });
  else (await cookies()).delete(TYPED_LOGIN_COOKIE);
}

/** The login page again, keeping where the sign-in was to return to. */
function loginPage(error: PostedError, callbackUrl: string | undefined): string {
  const back = safeRelativePath(callbackUrl);
  return `/login?error=${error}${back ? `&callbackUrl=${encodeURIComponent(back)}` : ""}`;
}

const STEPS = {
  password: step({
    form: passwordForm,
    // Over-long input gets the same answer as a wrong password (as the action's).
    invalid: async (f) => {
      await keepTypedLoginId(f.loginId);
      return loginPage(f.loginId && f.password ? "invalid_credentials" : "required", typeof f.callbackUrl === "string" ? f.callbackUrl : undefined);
    },
    run: async (input) => {
      const result = await passwordStep({ loginId: input.loginId, password: input.password });
      if (result.ok) await setReturnTo(safeRelativePath(input.callbackUrl));
      await keepTypedLoginId(result.ok ? undefined : input.loginId);
      return answer(result, (error) => loginPage(error, input.callbackUrl));
    },
  }),
  verify: step({
    form: verifyForm,
    invalid: () => "/login/verify?error=wrong_code",
    run: async (input) => {
      const result = await verifyStep(input.code, input.remember);
      // An expired mailed code: the page itself says so and offers only ログインからやり直す.
      if (!result.ok && result.error === "code_expired") return "/login/verify";
      return answer(result, (error) => `/login/verify?error=${error}`);
    },
  }),
} as const;

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
const plain = (status: number, text: string) => new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

function isFormBody(contentType: string | null): boolean {
  const essence = contentType?.split(";")[0]!.trim().toLowerCase();
  return essence === "application/x-www-form-urlencoded" || (essence === "multipart/form-data" && /boundary=/i.test(contentType!));
}

export async function POST(request: Request, { params }: { params: Promise<{ step: string }> }): Promise<Response> {
  const name = (await params).step;
  if (!Object.hasOwn(STEPS, name)) return plain(404, "Not Found");
  const def = STEPS[name as keyof typeof STEPS] as Step<z.ZodObject>;
  const refusal = refusalFor(request);
  if (refusal) return plain(refusal.status, refusal.reason);
  if (!isFormBody(request.headers.get("content-type"))) return plain(415, "type");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return plain(400, "body");
  }
  // Each field of the form, "" when absent, as the action client reads one.
  const fields = fieldsOf(form, def.form);
  const parsed = def.form.safeParse(fields);
  if (!parsed.success) return seeOther(await def.invalid(fields));
  try {
    return seeOther(await def.run(parsed.data));
  } catch (err) {
    if (err instanceof DatabaseUnavailableError || isDatabaseUnavailable(err)) return seeOther(UNAVAILABLE_PATH);
    throw err;
  }
}
