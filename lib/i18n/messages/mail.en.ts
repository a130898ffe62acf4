import type { Messages } from "./ja";

export const mailEn: Messages["mail"] = {
  signInCode: {
    subject: "[Tobira] Your one-time password",
    body: [
      "Your one-time password (verification code) for login ID {loginId}:",
      "It is valid for {minutes, plural, one {# minute} other {# minutes}}. If it has expired, close the one-time password screen and start the login again.",
      "If you did not try to sign in, someone may know your password: change it and contact the office.",
    ],
  },
  recoveryCodeUsed: {
    subject: "[Tobira] A recovery code was used",
    body: [
      "A recovery code was used to sign in to login ID {loginId}. {remaining, plural, one {# recovery code remains} other {# recovery codes remain}}.",
      "If this was not you, change your password at once and contact the office.",
    ],
  },
  totpEnrolled: {
    subject: "[Tobira] Two-factor authentication was set up",
    body: [
      "An Authenticator app was registered for login ID {loginId}.",
      "If this was not you, contact the office at once.",
    ],
  },
  officeResetSecondFactor: {
    subject: "[Tobira] Your two-factor authentication was reset",
    body: [
      "The office reset two-factor authentication for login ID {loginId}.",
      "The Authenticator registration, the recovery codes and every browser that skipped the one-time password were removed, and you were signed out everywhere.",
      "The next time you sign in with all functions, set up two-factor authentication again (scan the QR code). You may delete the old \"Tobira\" entry in your Authenticator app.",
      "If you did not ask for this, contact the office.",
    ],
  },
  officeUnlocked: {
    subject: "[Tobira] Your account was unlocked",
    body: [
      "The office unlocked login ID {loginId}. You can sign in again.",
      "It was locked after repeated wrong attempts. If those were not yours, change your password and contact the office.",
    ],
  },
  officeEmailChangedOld: {
    subject: "[Tobira] The address for your one-time passwords was changed",
    body: [
      "The office changed the e-mail address of login ID {loginId} to {maskedNewEmail}.",
      "One-time passwords and notices now go to the new address, no longer to this one.",
      "With the change, every signed-in session and the skipping of the one-time password on every browser ended.",
      "If you did not ask for this, contact the office at once.",
    ],
  },
  officeEmailChangedNew: {
    subject: "[Tobira] Your e-mail address was registered",
    body: [
      "The office registered this address for login ID {loginId}.",
      "One-time passwords and notices will now come to this address.",
      "If you did not expect this, contact the office.",
    ],
  },
  passwordChanged: {
    subject: "[Tobira] Your password was changed",
    body: [
      "The password of login ID {loginId} was changed. Sign-ins on other devices and browsers have ended, and every browser that skipped the one-time password must enter it again.",
      "If this was not you, contact the office at once.",
    ],
  },
  twoFactorResetCode: {
    subject: "[Tobira] Code to reset two-factor authentication",
    body: [
      "Your code to reset two-factor authentication of login ID {loginId}. Enter it on the reset screen.",
      "It is valid for {minutes, plural, one {# minute} other {# minutes}}.",
      "If this was not you, ignore this mail, change your password and contact the office.",
    ],
  },
  twoFactorReset: {
    subject: "[Tobira] Two-factor authentication was reset",
    body: [
      "Two-factor authentication of login ID {loginId} was reset. The Authenticator registration, the recovery codes and every browser that skipped the one-time password were removed, and every sign-in has ended.",
      "At your next full sign-in, set up two-factor authentication again (scan the QR code).",
      "If this was not you, contact the office at once.",
    ],
  },
  emailChangeCode: {
    subject: "[Tobira] Code to confirm your new e-mail address",
    body: [
      "Someone asked to send the one-time passwords of login ID {loginId} to this address. Enter this code on the change screen to confirm.",
      "It is valid for {minutes, plural, one {# minute} other {# minutes}}.",
      "If this was not you, ignore this mail.",
    ],
  },
  emailChanged: {
    subject: "[Tobira] Your e-mail address was changed",
    body: [
      "The e-mail address that receives the one-time passwords of login ID {loginId} was changed to {maskedNewEmail}. This address will no longer receive them.",
      "With the change, every other signed-in session and the skipping of the one-time password on every browser ended.",
      "If this was not you, contact the office at once.",
    ],
  },
  emailRegistered: {
    subject: "[Tobira] Your e-mail address was registered",
    body: [
      "This address now receives the one-time passwords of login ID {loginId}.",
      "With the change, every other signed-in session and the skipping of the one-time password on every browser ended.",
      "If you did not expect this, contact the office.",
    ],
  },
  additionalAccountCreated: {
    subject: "[Tobira] An additional account was created",
    body: [
      "Login ID {loginId} was created as an additional account of login ID {mainLoginId}. Its one-time passwords will be sent to this address.",
      "Ask the person who created it for the initial password. You must change it at the first sign-in.",
    ],
  },
  browserRemembered: {
    subject: "[Tobira] A browser will skip the one-time password",
    body: [
      "For login ID {loginId}, the following browser was set to skip the one-time password at sign-in.",
      "Browser: {browser}",
      "Set on: {at}",
      "Expires: {expiresAt} ({days} days after it was set)",
      "To cancel it, sign in and open Settings → Skip one-time password settings: cancel it for this browser, or choose \"Resume entering the one-time password\" to cancel it on every device and browser.",
      "If this was not you, cancel every skip at once, change your password and contact the office.",
    ],
  },
  invitation: {
    subject: "[Tobira] Your account: set your first password",
    body: [
      "A Tobira account has been created for you at {companyName}. Your login ID is {loginId}.",
      "Open this page, enter your login ID and the invitation code above, and choose your password: {link}",
      "The invitation code is valid until {expiresAt}. If it has expired, ask the office to send it again. Passwords are never sent by e-mail.",
      "If you were not expecting this, please ignore this mail.",
    ],
  },
};
