import type { Messages } from "./ja";

export const auditEn: Messages["audit"] = {
  loginHistory: {
    heading: "Sign-in history",
    lead: "Recent sign-ins to this account and failed attempts (latest {count}). If you see a sign-in you do not recognise, change your password at once and contact your office.",
    link: "Sign-in history",
    linkLead: "When, from which browser and address this account was signed in to",
    empty: "No sign-ins have been recorded yet.",
    at: "Time",
    result: "Result",
    mode: "Mode",
    browser: "Browser",
    address: "IP address",
    outcome: {
      success: "Signed in",
      wrong_password: "Failed (wrong password)",
      wrong_code: "Failed (wrong code)",
      locked: "Locked",
    },
    modeFull: "Full",
    modeLimited: "Limited",
    modeNone: "—",
    unknown: "unknown",
  },
  console: {
    heading: "Audit log",
    lead: "Each audit log entry is chained by hash to the one before it. Check here that no entry has been edited or deleted in the database.",
    verify: "Verify the audit log",
    verifyHint: "This can take a few seconds on a large log.",
    intact: "The audit log is intact ({count} entries, last number {lastSeq}).",
    broken: "The audit log chain is broken. First problem: number {seq} ({at}): {reason}.",
    reason: {
      edited: "the entry's content was changed",
      gap: "the entry before it was deleted",
      link: "it does not link to the entry before it (changed or deleted)",
      start: "the oldest entries were deleted",
      unchained: "an entry is outside the chain",
    },
    noSeq: "none",
  },
};
