import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to the text (digests). */
  html?: string | null;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string> | null;
};

let transport: nodemailer.Transporter | undefined;

/**
 * Hands one mail to SMTP_URL's server, now; the outbox (lib/mail/outbox.ts) is the only caller,
 * so that nothing sends around it. Without SMTP_URL (the quick start), the mail, link included,
 * goes to the server log, so a newcomer can still sign in by link.
 */
export async function deliverMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    console.info(`\n--- Email (SMTP_URL is not set; not sent) ---\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n--- end of email ---\n`);
    return;
  }
  // Pooled: a digest run's mails reuse a few connections rather than opening one each (and SMTP
  // servers limit how fast a client may connect). `?pool=false` in SMTP_URL turns it off.
  transport ??= nodemailer.createTransport(pooled(env.SMTP_URL));
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}), ...(mail.headers ? { headers: mail.headers } : {}) });
}

function pooled(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has("pool")) u.searchParams.set("pool", "true");
  return u.toString();
}
