import "server-only";
import { cache } from "react";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type DefaultSession, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { authenticateWithPassword, readSessionUser } from "@/lib/accounts/users";
import { mailLocale, sendSignInLinkMail } from "@/lib/accounts/mails";
import { confirmAddressByLink, readPendingLocale } from "@/lib/accounts/pending-sign-up";
import { completePendingSave } from "@/lib/bookmarks/pending";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sameOriginUrl } from "@/lib/security/redirect";
import type { Role } from "@/lib/generated/prisma/client";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sessionVersion?: number;
  }
}

export type SessionUser = Session["user"];

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Auth.js builds its links (the emailed sign-in link, callbacks, redirects) from AUTH_URL when it
// is set, and from the request's Host and X-Forwarded-Host when not: a forged host would put the
// sender's domain into a victim's sign-in link. SITE_URL is the one public origin.
process.env.AUTH_URL = `${env.SITE_URL}/api/auth`;

// Signed JWT sessions: the password provider requires them, and with a stable AUTH_SECRET they
// survive restarts. The jwt callback re-reads the user on every check, so a deleted account, a
// changed role or a changed password takes effect at once.
const prismaAdapter = PrismaAdapter(db as never);

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: {
    ...prismaAdapter,
    // A spent sign-in token proves the address: before Auth.js looks the account up, apply the
    // sign-up this browser made and drop whatever else was set before the proof.
    async useVerificationToken(params) {
      const used = await prismaAdapter.useVerificationToken!(params);
      if (used) await confirmAddressByLink({ email: used.identifier });
      return used;
    },
  },
  secret: env.AUTH_SECRET,
  // The host is SITE_URL's (AUTH_URL above), never the request's; this only stops Auth.js from
  // refusing requests whose Host differs from it, as they do behind a proxy.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a log line each time.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials) => authenticateWithPassword({ email: credentials.email, password: credentials.password }),
    }),
    Nodemailer({
      // Unused (sendVerificationRequest sends through lib/mail) but required by the provider.
      server: env.SMTP_URL ?? "smtp://localhost:25",
      from: env.MAIL_FROM,
      maxAge: 24 * 60 * 60,
      // In the language of the account the address belongs to, or of the sign-up waiting for it.
      sendVerificationRequest: async ({ identifier, url }) => {
        const account = await db.user.findUnique({ where: { email: identifier }, select: { locale: true } });
        const pending = account ? undefined : await readPendingLocale({ email: identifier });
        // No account yet, and a sign-up waiting for this address: the link confirms it.
        await sendSignInLinkMail({ to: identifier, url, locale: mailLocale(account?.locale ?? pending), purpose: pending ? "confirm" : "sign-in" });
      },
    }),
  ],
  events: {
    // A save asked for while signed out completes here, for every way of signing in (password,
    // emailed link, with or without JavaScript), so the page the reader returns to can say so.
    async signIn({ user }) {
      if (user.id) await completePendingSave({ userId: user.id }).catch((error) => console.error("The pending save failed:", error));
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      const id = user?.id ?? token.sub;
      if (!id) return null;
      let current;
      try {
        current = await readSessionUser({ id });
      } catch (error) {
        // Only an account that is gone or changed ends a session (null below). A lookup that
        // failed, for whatever reason (refused, frozen, renamed away), says nothing about the
        // account: returning null would clear the cookie and sign the reader out for good. Keep
        // the token; whatever needs the database answers 503.
        if (!user) return token;
        throw error;
      }
      if (!current) return null;
      if (user) token.sessionVersion = current.sessionVersion;
      else if (token.sessionVersion !== current.sessionVersion) return null;
      token.sub = current.id;
      token.name = current.name;
      token.email = current.email;
      token.role = current.role;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.role = token.role ?? "READER";
      session.user.name = token.name;
      session.user.email = token.email ?? "";
      return session;
    },
    // Same-origin paths only, whatever the input: an absolute URL counts only on SITE_URL.
    redirect({ url }) {
      return sameOriginUrl(url, env.SITE_URL);
    },
  },
});

/**
 * The signed-in user's session for this render or request, read once however many components and
 * checks ask (React's cache). The Pages Router route calls `auth(req, res)` itself.
 */
export const getSession = cache(() => auth());
