import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

type Stored = { to: string[]; raw: string };

function decode(raw: string): string {
  // nodemailer sends text as quoted-printable when lines are long; undo soft breaks and =XX.
  const body = raw.split(/\r?\n\r?\n/).slice(1).join("\n\n");
  return body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function rawMessagesFor(email: string): string[] {
  const dir = process.env.E2E_MAIL_DIR!;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Stored)
    .filter((m) => m.to.includes(email.toLowerCase()))
    .map((m) => m.raw);
}

function messagesFor(email: string): Array<{ subject: string; text: string }> {
  return rawMessagesFor(email).map((raw) => ({ subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? "", text: decode(raw) }));
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

export type Message = { subject: string; text: string; html: string; headers: Record<string, string> };

/** The parts of a raw message: its headers (unfolded, lower-case names), text part and HTML part. */
function parse(raw: string): Message {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n(?=[ \t])/g, "").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const body = rest.join("\n\n").replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const html = /<!doctype html>[\s\S]*<\/html>/i.exec(body)?.[0] ?? "";
  return { subject: headers.subject ?? "", text: body, html, headers };
}

/** Waits for the n-th (1-based) message to an address whose subject matches, and returns it parsed. */
export async function waitForMessage(email: string, { nth = 1, subject }: { nth?: number; subject?: RegExp } = {}): Promise<Message> {
  let found: Message | undefined;
  await expect
    .poll(() => {
      found = rawMessagesFor(email).map(parse).filter((m) => !subject || subject.test(m.subject))[nth - 1];
      return !!found;
    }, { message: `email #${nth} to ${email}`, timeout: 20_000 })
    .toBe(true);
  return found!;
}
