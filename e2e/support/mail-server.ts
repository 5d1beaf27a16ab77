// Playwright global setup: an in-process SMTP server that writes each message it receives to
// E2E_MAIL_DIR as a JSON file, so that tests (in other worker processes) can read them.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export default async function startMailServer() {
  const dir = process.env.E2E_MAIL_DIR!;
  const port = Number(process.env.E2E_SMTP_PORT);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        // Written aside, then renamed: the tests read this folder from other processes, and once
        // read a message half-written (a JSON syntax error in an unrelated test).
        const file = path.join(dir, `${Date.now()}-${process.pid}-${n++}.json`);
        fs.writeFileSync(`${file}.partial`, JSON.stringify({ to, raw }));
        fs.renameSync(`${file}.partial`, file);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
