/**
 * next-auth owns the session cookie's name and its end (signOut). The gate
 * (gate.ts) sets the cookie itself when a sign-in finishes, so no provider is
 * configured: nothing but a finished sign-in flow makes a session. The cookie's
 * value is not next-auth's encrypted JWT but a signed sid (session-token.ts),
 * through next-auth's `jwt.encode`/`decode` hooks: proving a session costs one
 * HMAC with a key derived once per process, not a key derivation and a
 * decryption per request. The session row named by sid holds the rest.
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import { cookieSecure } from "@/lib/http/secure-transport";
import { getSecrets } from "./secrets";
import { sessionLimits } from "./session-limits";
import { readSessionToken, signSessionToken } from "./session-token";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

function config(): NextAuthConfig {
  return {
    secret: getSecrets().authSecret,
    trustHost: true,
    // The session cookie's Secure flag (and its __Secure- name) follows COOKIE_SECURE like
    // every other cookie of ours, not Auth.js's guess from X-Forwarded-Proto, which a
    // client writes itself when no proxy is in front.
    useSecureCookies: cookieSecure(),
    logger: {
      error(error) {
        // Auth.js errors carry their kind in `type`; `name` is minified in the production build.
        const type = (error as { type?: unknown }).type;
        const kind = typeof type === "string" ? type : error.name;
        // A cookie that does not verify is simply "not signed in".
        if (kind === "JWTSessionError") return;
        console.error(`[auth] ${kind}`);
      },
      warn() {},
      debug() {},
    },
    session: { strategy: "jwt", maxAge: Math.floor(sessionLimits().absoluteMs / 1000) },
    jwt: {
      async encode({ token }) {
        return typeof token?.sid === "string" ? signSessionToken(token.sid) : "";
      },
      async decode({ token }) {
        const sid = readSessionToken(token);
        return sid ? { sid } : null;
      },
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [],
    callbacks: {
      // Read on the server only: no next-auth route is mounted, so this never reaches the browser.
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid } as unknown as typeof session;
      },
    },
  };
}

export const { signOut } = NextAuth(config);
