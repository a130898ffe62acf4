/**
 * The sign-in state machine's one table: from each stage, the stages a flow may
 * move to, and why. `advance()` (flow-store.ts) and `finish()` (finish.ts) refuse
 * any other move by throwing — a step that tries one is a programming error, not
 * a user's mistake. ARCHITECTURE.md's diagram is generated from this table
 * (`npm run sign-in:diagram`) and a unit test fails when the two differ.
 */
import type { LoginStage } from "@/generated/prisma/enums";

export type Stage = LoginStage;

export type Transition = { to: Stage; when: string };

/** Where a new flow starts (createFlow): after a correct password, or at step-up. */
export const ENTRY_STAGES = {
  change_password: "password ok, the initial password must be replaced",
  choose: "password ok (employees choose; sharoushi accounts and step-up go straight on as full)",
} as const satisfies Partial<Record<Stage, string>>;

export type EntryStage = keyof typeof ENTRY_STAGES;

export const TRANSITIONS: Record<Stage, readonly Transition[]> = {
  change_password: [{ to: "choose", when: "new password written (same transaction)" }],
  choose: [
    { to: "done", when: "limited, or full with this account's valid skip cookie" },
    { to: "second_factor", when: "full, the account has a factor (TOTP or e-mail)" },
    { to: "setup", when: "full, no factor yet, employee (picks a method)" },
    { to: "enrol_email", when: "full, no factor yet, sharoushi (must enrol the Authenticator)" },
  ],
  setup: [
    { to: "second_factor", when: "e-mail chosen (its first verified code records it)" },
    { to: "enrol_email", when: "Authenticator chosen (the mailbox is proved first)" },
  ],
  enrol_email: [{ to: "enrol_totp", when: "mailed code ok" }],
  enrol_totp: [{ to: "recovery_codes", when: "first TOTP code ok (binding, method, recovery codes: same transaction)" }],
  recovery_codes: [
    { to: "done", when: "recovery codes seen" },
    { to: "remember_confirm", when: "recovery codes seen, \"skip next time\" ticked, employee signing in (never at step-up)" },
  ],
  second_factor: [
    { to: "done", when: "code ok" },
    { to: "remember_confirm", when: "code ok, \"skip next time\" ticked, employee signing in (never at step-up)" },
  ],
  remember_confirm: [{ to: "done", when: "[OK] sets the skip, or declined" }],
  done: [],
};

/** The page that shows each stage; a flow at `done` has nothing left to show. */
export const STAGE_PATHS: Record<Stage, string> = {
  change_password: "/login/change-password",
  choose: "/login/choose",
  second_factor: "/login/verify",
  setup: "/login/setup",
  enrol_email: "/login/setup/email",
  enrol_totp: "/login/setup/authenticator",
  recovery_codes: "/login/setup/recovery-codes",
  remember_confirm: "/login/remember",
  done: "/login",
};

export function mayMove(from: Stage, to: Stage): boolean {
  return TRANSITIONS[from].some((t) => t.to === to);
}

export class IllegalTransition extends Error {
  constructor(readonly from: Stage, readonly to: Stage) {
    super(`sign-in: no transition ${from} → ${to} in lib/auth/sign-in/transitions.ts`);
  }
}

/** Throws unless the table allows the move: called before any write. */
export function assertTransition(from: Stage, to: Stage): void {
  if (!mayMove(from, to)) throw new IllegalTransition(from, to);
}
