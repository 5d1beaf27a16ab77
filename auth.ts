import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { authenticateWithPassword, readSessionUser } from "@/lib/accounts/users";
import { sendSignInLinkMail } from "@/lib/accounts/mails";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
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

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Signed JWT sessions: the password provider requires them, and with a stable AUTH_SECRET they
// survive restarts. The jwt callback re-reads the user on every check, so a deleted account, a
// changed role or a changed password takes effect at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db as never),
  secret: env.AUTH_SECRET,
  // Host and protocol come from the request (or X-Forwarded-* behind a proxy); redirects are
  // still limited to same-origin paths by the redirect callback below.
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
      sendVerificationRequest: ({ identifier, url }) => sendSignInLinkMail({ to: identifier, url }),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const id = user?.id ?? token.sub;
      if (!id) return null;
      const current = await readSessionUser({ id });
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
    redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        /* not a URL */
      }
      return baseUrl;
    },
  },
});
