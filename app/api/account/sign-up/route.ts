import { signUpReader } from "@/lib/auth/sign-in";
import { handlePost } from "@/lib/http/gateway";
import { signUpSchema } from "@/lib/validations/auth";

export const POST = handlePost({
  access: "anyone",
  presentation: "auth-form",
  back: "/sign-up",
  schema: signUpSchema,
  rateLimit: "sign-up",
  echo: ["name", "email"],
  run: (input, { user, callbackUrl, locale }) => signUpReader({ input, callbackUrl, current: user, locale }),
});
