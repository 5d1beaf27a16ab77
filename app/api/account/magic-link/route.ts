import { sendSignInLink } from "@/lib/auth/sign-in";
import { handlePost } from "@/lib/http/gateway";
import { emailOnlySchema } from "@/lib/validations/auth";

export const POST = handlePost({
  access: "anyone",
  presentation: "auth-form",
  back: "/sign-in",
  schema: emailOnlySchema,
  rateLimit: "magic-link",
  run: ({ email }, { user, callbackUrl }) => sendSignInLink({ email, callbackUrl, current: user }),
});
