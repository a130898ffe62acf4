/**
 * The one way every server action is built (the apps', the office's, the
 * sign-in steps', the language and sign-out). Every
 * action is a public endpoint that anyone can call by its ID with arguments of
 * any shape, so each does the same things in the same order, here:
 *
 *  1. the form, or a 404 for a call that carries none (action-input.ts); an
 *     action without fields reads no argument at all;
 *  2. the session and its capability: none → /login, a mode that does not
 *     allow it → /step-up, both coming back to `returnTo`
 *     (policy.ts accessRedirect; the data layer then checks role and target).
 *     `action.public` skips it: the sign-in steps' credential is the flow
 *     cookie, which lib/auth/sign-in checks together with the flow's stage;
 *  3. the user's messages, and the form parsed by a zod object: a form that
 *     does not parse, or leaves a `required` field empty, is answered with a
 *     localised message, never thrown;
 *  4. the action's own step, given the session (the data layer always receives
 *     it, never looks it up) and the request's clock;
 *  5. a refusal the data layer throws (refusals.ts) becomes its localised
 *     message; Next's redirect and notFound pass through; a lost database
 *     becomes the redirect to /unavailable (lib/database/unavailable.ts).
 *
 * Every answer has the one shape, ActionState (action-result.ts), that React's
 * useActionState hands to the form; the forms work without JavaScript too.
 *
 * Not next-safe-action: its answer is its own shape ({ data, serverError,
 * validationErrors }) that every form would have to unwrap, a call without a
 * FormData becomes a validation error instead of the 404 the hostile suite
 * expects, and its FormData parsing wants a second library (zod-form-data). What
 * remains — five steps — fits in this file.
 *
 * Free of next/headers and next-auth: action-client.ts gives it the request's
 * session, messages, clock and client address, and the unit test its own.
 */
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { accessRedirect, type Capability } from "@/lib/auth/policy";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session-store";
import { rethrowUnavailable } from "@/lib/database/unavailable";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages/ja";
import { requireForm } from "./action-input";
import type { ActionState } from "./action-result";

/** What the client reads from the request; action-client.ts wires the real ones. */
export type RequestReaders = {
  session: () => Promise<Session | null>;
  messages: () => Promise<{ locale: Locale; t: Messages }>;
  now: () => Promise<Date>;
  requestInfo: () => Promise<RequestInfo>;
};

/** A data-layer refusal: thrown, and answered with its message (e.g. AppAccessError). */
export type RefusalTranslator = (err: unknown, t: Messages) => string | null;

/** A form of text fields: the client reads each named field of the shape ("" when absent). */
type Fields = z.ZodObject;

/** What an action that needs no session is given (`action.public`). */
export type PublicContext<I> = {
  input: I;
  t: Messages;
  locale: Locale;
  /** The request's clock (lib/clock.ts). */
  now: Date;
  /** Who is asking, for audit lines; read only by the steps that log. */
  request: () => Promise<RequestInfo>;
};

export type ActionContext<I> = PublicContext<I> & { session: Session };

/** The form of an action: its fields, and the answers to a form that does not parse. */
export type InputDefinition<F extends Fields, S extends ActionState> = {
  /**
   * The form's fields. Without it the action reads no argument at all (a button
   * such as 「再開する」 whose form has no field; a script may call it with none).
   */
  input?: F;
  /** Fields that must not be empty: each gets the "required" message, and the step does not run. */
  required?: readonly (keyof z.output<F> & string)[];
  /**
   * The answer to a form that does not parse; by default the common "invalid
   * input" message. Given the zod error and the fields as posted, for answers
   * that depend on which field failed and how.
   */
  invalid?: (t: Messages, error: z.ZodError, fields: Record<string, FormDataEntryValue>) => S;
};

export type ActionDefinition<F extends Fields, S extends ActionState> = InputDefinition<F, S> & {
  capability: Capability;
  /** The page to come back to after /login or /step-up. */
  returnTo: string;
};

/**
 * An action that needs no session: the sign-in steps (whose credential is the
 * flow cookie, checked by lib/auth/sign-in itself), the language and sign-out.
 * `returnTo` is where a plain form goes when its input does not parse.
 */
export type PublicDefinition<F extends Fields, S extends ActionState> = InputDefinition<F, S> & { returnTo?: string };

export function createActionClient(read: RequestReaders, translate: RefusalTranslator) {
  /** Steps 1–3; the parsed input, or the answer that ends the call. */
  async function open<F extends Fields, S extends ActionState>(def: ActionDefinition<F, S>, raw: unknown): Promise<{ answer: S } | { context: ActionContext<z.output<F>> }> {
    const form = def.input ? requireForm(raw) : null;
    const to = accessRedirect(await read.session(), def.capability, def.returnTo);
    if (to.redirect !== null) redirect(to.redirect);
    const opened = await parse(def, form);
    return "answer" in opened ? opened : { context: { ...opened.context, session: to.session } };
  }

  /** Steps 1 and 3, for an action that needs no session. */
  async function openPublic<F extends Fields, S extends ActionState>(def: PublicDefinition<F, S>, raw: unknown): Promise<{ answer: S } | { context: PublicContext<z.output<F>> }> {
    return parse(def, def.input ? requireForm(raw) : null);
  }

  /** Step 3: the messages, and the form parsed by the definition's zod object. */
  async function parse<F extends Fields, S extends ActionState>(def: InputDefinition<F, S>, form: FormData | null): Promise<{ answer: S } | { context: PublicContext<z.output<F>> }> {
    const { locale, t } = await read.messages();
    const context = async (input: z.output<F>) => ({ context: { input, t, locale, now: await read.now(), request: read.requestInfo } });
    if (!def.input || !form) return context({} as z.output<F>);
    const fields = fieldsOf(form, def.input);
    const parsed = def.input.safeParse(fields);
    if (!parsed.success) return { answer: def.invalid?.(t, parsed.error, fields) ?? ({ error: t.selfService.common.invalid } as S) };
    const empty = (def.required ?? []).filter((name) => parsed.data[name] === "");
    if (empty.length) return { answer: { fieldErrors: Object.fromEntries(empty.map((name) => [name, t.selfService.common.required])) } as S };
    return context(parsed.data);
  }

  /** Steps 4–5 around the action's own step. */
  async function run<C extends PublicContext<unknown>, R>(context: C, step: (ctx: C) => Promise<R>, refused: (message: string) => R): Promise<R> {
    try {
      return await step(context);
    } catch (err) {
      unstable_rethrow(err); // redirect(), notFound() and Next's own signals
      const message = translate(err, context.t);
      if (message !== null) return refused(message);
      rethrowUnavailable(err);
    }
  }

  return {
    /** An action for React's useActionState: (previous answer, form) → answer. */
    state<F extends Fields, S extends ActionState>(def: ActionDefinition<F, S>, step: (ctx: ActionContext<z.output<F>>) => Promise<S>) {
      return async (_previous: S, raw: FormData): Promise<S> => {
        const opened = await open(def, raw);
        if ("answer" in opened) return opened.answer;
        return run(opened.context, step, (error) => ({ error }) as S);
      };
    },

    /** An action posted by a plain <form action>: it answers with a redirect, or with nothing. */
    form<F extends Fields>(def: ActionDefinition<F, ActionState>, step: (ctx: ActionContext<z.output<F>>) => Promise<void>) {
      return async (raw: FormData): Promise<void> => {
        const opened = await open(def, raw);
        if ("answer" in opened) redirect(def.returnTo);
        await run(opened.context, step, () => redirect(def.returnTo));
      };
    },

    /** The same two kinds for actions that need no session; their own step checks what it must. */
    public: {
      state<F extends Fields, S extends ActionState>(def: PublicDefinition<F, S>, step: (ctx: PublicContext<z.output<F>>) => Promise<S>) {
        return async (_previous: S, raw: FormData): Promise<S> => {
          const opened = await openPublic(def, raw);
          if ("answer" in opened) return opened.answer;
          return run(opened.context, step, (error) => ({ error }) as S);
        };
      },

      form<F extends Fields>(def: PublicDefinition<F, ActionState> & { returnTo: string }, step: (ctx: PublicContext<z.output<F>>) => Promise<void>) {
        return async (raw: FormData): Promise<void> => {
          const opened = await openPublic(def, raw);
          if ("answer" in opened) redirect(def.returnTo);
          await run(opened.context, step, () => redirect(def.returnTo));
        };
      },
    },
  };
}

/** The text of each field the schema names; "" for an absent one, a file stays a file (and fails a string schema). */
export function fieldsOf(form: FormData, schema: Fields): Record<string, FormDataEntryValue> {
  return Object.fromEntries(Object.keys(schema.shape).map((name) => [name, form.get(name) ?? ""]));
}

/**
 * The answer to a returned error code: its message, also under its field when
 * the table names one. One table per action, `satisfies Record<Code, …>`, so a
 * new code without words fails the type check.
 */
export function refusal<C extends string>(code: C, messages: Record<C, string | readonly [field: string | null, message: string]>): ActionState {
  const entry = messages[code];
  const [field, message] = typeof entry === "string" ? [null, entry] : entry;
  return field ? { error: message, fieldErrors: { [field]: message } } : { error: message };
}
