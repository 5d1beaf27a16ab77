import "server-only";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";

export async function sendSignInLinkMail({ to, url }: { to: string; url: string }) {
  await sendMail({
    to,
    subject: `Sign in to ${env.SITE_NAME}`,
    text: `Use this link to sign in to ${env.SITE_NAME}. It works once and expires in 24 hours.\n\n${url}\n\nIf you did not ask for it, ignore this email: nothing happens without the link.`,
  });
}

export async function sendPasswordResetMail({ to, url, minutes }: { to: string; url: string; minutes: number }) {
  await sendMail({
    to,
    subject: `Reset your ${env.SITE_NAME} password`,
    text: `Use this link to choose a new password. It works once and expires in ${minutes} minutes.\n\n${url}\n\nIf you did not ask for it, ignore this email: your password stays as it is.`,
  });
}

export async function sendEmailChangeMail({ to, url, hours }: { to: string; url: string; hours: number }) {
  await sendMail({
    to,
    subject: `Confirm your new ${env.SITE_NAME} address`,
    text: `Someone asked to move a ${env.SITE_NAME} account to this address. Open this link to confirm it; it works once and expires in ${hours} hours.\n\n${url}\n\nIf it was not you, ignore this email: nothing changes without the link.`,
  });
}
