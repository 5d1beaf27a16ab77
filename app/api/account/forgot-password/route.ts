import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { handlePost } from "@/lib/http/gateway";
import { emailOnlySchema } from "@/lib/validations/auth";

// Resetting works signed in or out; the emailed link, not the session, authorises it.
export const POST = handlePost({
  access: "anyone",
  presentation: "auth-form",
  back: "/forgot-password",
  schema: emailOnlySchema,
  rateLimit: "reset",
  run: ({ email }) => requestPasswordReset({ email }),
});
