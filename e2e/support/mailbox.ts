import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

type Stored = { to: string[]; raw: string };

function decode(raw: string): string {
  // nodemailer sends text as quoted-printable when lines are long; undo soft breaks and =XX.
  const body = raw.split(/\r?\n\r?\n/).slice(1).join("\n\n");
  return body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function messagesFor(email: string): Array<{ subject: string; text: string }> {
  const dir = process.env.E2E_MAIL_DIR!;
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Stored)
    .filter((m) => m.to.includes(email.toLowerCase()))
    .map((m) => ({ subject: /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? "", text: decode(m.raw) }));
}

/** Waits for the n-th (1-based) message to an address and returns the first link in it. */
export async function waitForLink(email: string, { nth = 1, subject }: { nth?: number; subject?: RegExp } = {}): Promise<string> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(() => {
      found = messagesFor(email).filter((m) => !subject || subject.test(m.subject))[nth - 1];
      return !!found;
    }, { message: `email #${nth} to ${email}`, timeout: 15_000 })
    .toBe(true);
  const link = /https?:\/\/\S+/.exec(found!.text)?.[0];
  if (!link) throw new Error(`no link in the email to ${email}: ${found!.text}`);
  return link;
}

export function countMessages(email: string): number {
  return messagesFor(email).length;
}
