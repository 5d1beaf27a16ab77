import { resetPassword } from "@/lib/accounts/password-reset";
import { handlePost } from "@/lib/http/gateway";
import { resetPasswordSchema } from "@/lib/validations/auth";

export const POST = handlePost({
  access: "anyone",
  presentation: "auth-form",
  back: "/reset-password",
  schema: resetPasswordSchema,
  rateLimit: "reset",
  keep: ["token"],
  run: ({ token, password }) => resetPassword({ token, password }),
});
