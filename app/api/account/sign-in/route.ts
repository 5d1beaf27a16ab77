import { signInWithPassword } from "@/lib/auth/sign-in";
import { handlePost } from "@/lib/http/gateway";
import { signInSchema } from "@/lib/validations/auth";

export const POST = handlePost({
  access: "anyone",
  presentation: "auth-form",
  back: "/sign-in",
  schema: signInSchema,
  rateLimit: "sign-in",
  echo: ["email"],
  run: ({ email, password }, { user, callbackUrl }) => signInWithPassword({ email, password, callbackUrl, current: user }),
});
