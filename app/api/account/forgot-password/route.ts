import { auth } from "@/auth";
import { handleAuthForm } from "@/lib/accounts/auth-form";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { env } from "@/lib/env";
import { seeOther } from "@/lib/http/responses";
import { emailOnlySchema } from "@/lib/validations/auth";

export async function POST(request: Request) {
  await auth(); // resetting works signed in or out; the session is not needed
  return handleAuthForm({
    request,
    action: "reset",
    schema: emailOnlySchema,
    formPath: "/forgot-password",
    handle: async ({ email }) => {
      await requestPasswordReset({ email, origin: env.SITE_URL });
      return seeOther(request, "/sign-in/check-email?for=reset");
    },
  });
}
