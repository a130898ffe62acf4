/**
 * next-auth holds the session in an encrypted JWT cookie. Its only provider
 * redeems a one-time grant at the gate (gate.ts); the claims (account, sid)
 * are copied from the gate's answer at sign-in and never from the client:
 * `update()` payloads are ignored. The session row named by sid holds the rest.
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { requestNow } from "@/lib/clock";
import { cookieSecure } from "@/lib/http/secure-transport";
import { redeemGrant } from "./gate";
import { getRequestInfo } from "./request-info";
import { getSecrets } from "./secrets";
import { sessionLimits } from "./session-limits";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
}

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
    // A cookie that does not decrypt (forged, or from before a secret change) is
    // simply "not signed in": say so in one line, without the token.
    logger: {
      error(error) {
        // Auth.js errors carry their kind in `type`; `name` is minified in the production build.
        const type = (error as { type?: unknown }).type;
        const kind = typeof type === "string" ? type : error.name;
        if (kind === "JWTSessionError") return;
        console.error(`[auth] ${kind}`);
      },
      warn() {},
      debug() {},
    },
    session: { strategy: "jwt", maxAge: Math.floor(sessionLimits().absoluteMs / 1000) },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        id: "grant",
        credentials: { grant: {} },
        authorize: async (credentials) => {
          const user = await redeemGrant(credentials?.grant, await getRequestInfo(), await requestNow());
          return user ? { id: user.id, sid: user.sid } : null;
        },
      }),
    ],
    callbacks: {
      // `user` is present only at sign-in, straight from the gate. On every other
      // call (including trigger "update") the token is returned as it is.
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = user.sid; // the mode and all else live in the session row
          delete token.name;
          delete token.email;
          delete token.picture;
        }
        return token;
      },
      // Read on the server only (session.ts): no next-auth route is mounted, so
      // this object never reaches the browser. Pages ask the data layer.
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid } as unknown as typeof session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
