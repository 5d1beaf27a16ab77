import { confirmEmailChange } from "@/lib/accounts/email-change";
import { handlePost } from "@/lib/http/gateway";
import { confirmEmailSchema } from "@/lib/validations/auth";

// The emailed token, not the session, authorises the change.
export const POST = handlePost({
  access: "anyone",
  presentation: "auth-form",
  back: "/account/confirm-email",
  schema: confirmEmailSchema,
  rateLimit: "email-change",
  run: ({ token }) => confirmEmailChange({ token }),
});
