import "server-only";
import net from "node:net";
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
  transport ??= createSmtpTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}), ...(mail.headers ? { headers: mail.headers } : {}) });
}

type SocketOptions = { host?: string; port?: number; secure?: boolean };

/**
 * Pooled, so a digest run's mails reuse a few connections rather than opening one each (and SMTP
 * servers limit how fast a client may connect): `?pool=false` or `?maxConnections=` in SMTP_URL
 * override it. Each socket has Nagle's algorithm off: nodemailer ends a message with a small
 * write after a large one, which otherwise waited for the server's delayed ACK, 40 ms a mail on
 * every connection (measured: 200 mails/s from 10 connections, whatever their size).
 */
function createSmtpTransport(url: string) {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 10,
    getSocket(options: SocketOptions, callback: (error: Error | null, socket?: { connection: net.Socket }) => void) {
      const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? (options.secure ? 465 : 587) });
      socket.setNoDelay(true);
      const fail = (e: Error) => callback(e);
      socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error("SMTP connection timed out")));
      socket.once("error", fail);
      socket.once("connect", () => {
        socket.setTimeout(0);
        socket.off("error", fail);
        callback(null, { connection: socket });
      });
    },
  } as nodemailer.TransportOptions);
}

const CONNECT_TIMEOUT_MS = 10_000;
