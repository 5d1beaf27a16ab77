// npm run user:create -- --email someone@example.org --role admin [--name "Jane Roe"] [--password …]
// Creates the account (email confirmed) or changes the role of an existing one.
// Without --password, the person signs in with an emailed link, or sets one by "Forgot your password?".
import { parseArgs } from "node:util";
import { upsertUserWithRole } from "@/lib/accounts/users";
import { emailSchema, newPasswordSchema } from "@/lib/validations/auth";
import { formErrorText } from "@/lib/messages/catalog";
import { runScript } from "./lib/run-script";

const ROLES = { reader: "READER", editor: "EDITOR", admin: "ADMIN" } as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "reader" }, name: { type: "string" }, password: { type: "string" } },
  });
  const email = emailSchema.safeParse(values.email ?? "");
  const role = ROLES[(values.role ?? "").toLowerCase() as keyof typeof ROLES];
  if (!email.success || !role) {
    console.error("usage: npm run user:create -- --email <address> --role reader|editor|admin [--name <name>] [--password <password>]");
    return 2;
  }
  if (values.password !== undefined) {
    const pw = newPasswordSchema.safeParse(values.password);
    if (!pw.success) {
      console.error(`--password: ${formErrorText(pw.error.issues[0]?.message)}`);
      return 2;
    }
  }
  const user = await upsertUserWithRole({ email: email.data, role, name: values.name, password: values.password });
  console.log(`${user.email} is now ${user.role.toLowerCase()}.`);
  return 0;
}

runScript(main);
