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
};
