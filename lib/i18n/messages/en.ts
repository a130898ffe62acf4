import { appsEn } from "./apps.en";
import { auditEn } from "./audit.en";
import { authEn } from "./auth.en";
import { devEn } from "./dev.en";
import { mailEn } from "./mail.en";
import { officeEn } from "./office.en";
import { licencesEn } from "./licences.en";
import { maintenanceEn } from "./maintenance.en";
import { officeConsoleEn } from "./office-console.en";
import { selfServiceEn } from "./self-service.en";
import { skipEn } from "./skip.en";
import type { Messages } from "./ja";

export const en: Messages = {
  meta: {
    title: "Tobira",
    appName: "Tobira",
    description: "Sign-in portal of the HR and payroll service run by a sharoushi office for its client companies",
  },
  nav: {
    home: "Home",
    notices: "Notices",
    faq: "FAQ",
    login: "Sign in",
    logout: "Sign out",
    skipToContent: "Skip to content",
    language: "Language",
    mainNavigation: "Main menu",
    menu: "Menu",
    signedInAs: "Signed in as:",
  },
  common: {
    backToTop: "Back to home",
    published: "Published",
    noNotices: "There are no notices at the moment.",
    seeAllNotices: "See all notices",
  },
  home: {
    heading: "Sign-in portal",
    lead: "The HR and payroll service of your sharoushi office. Sign in with your ID and password, then your second factor.",
    latestNotices: "Latest notices",
    help: "Trouble signing in or with one-time passwords? See the FAQ.",
  },
  notices: {
    heading: "Notices",
  },
  faq: {
    heading: "Frequently asked questions",
    description: "Frequently asked questions about signing in to Tobira, two-factor authentication, one-time passwords and skipping the code on a trusted browser.",
    intro: "Answers about signing in to Tobira, two-factor authentication (authenticator app or one-time password) and skipping the one-time password on a trusted browser.",
    contact: "If your question is not answered here, please contact your sharoushi office (“the office” below).",
    toc: "Contents",
    backToToc: "Back to contents",
    related: "Related questions",
    answerLabel: "Answer",
  },
  footer: {
    operator: "Operated by the sharoushi office",
  },
  errors: {
    notFound: "Page not found.",
    unexpected: "Something went wrong. Please try again in a moment.",
    foreignOrigin: "This request cannot be accepted. Please use Tobira's own pages.",
    tooLarge: "The data sent is too large.",
    lengthRequired: "The data sent has no stated length and cannot be accepted.",
    unavailableTitle: "The service is unavailable right now",
    unavailable: "The database cannot be reached for the moment. Please wait about {seconds} seconds and try again. A punch that was not shown as recorded has not been recorded.",
    unsupportedType: "Data sent in this format cannot be accepted. Please use Tobira's own pages.",
    unreadableBody: "The data sent could not be read. Please use Tobira's own pages.",
  },
  auth: authEn,
  apps: appsEn,
  dev: devEn,
  mail: mailEn,
  office: officeEn,
  licences: licencesEn,
  maintenance: maintenanceEn,
  officeConsole: officeConsoleEn,
  selfService: selfServiceEn,
  skip: skipEn,
  audit: auditEn,
};
