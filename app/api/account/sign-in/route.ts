import { AuthError } from "next-auth";
import { auth, signIn } from "@/auth";
import { handleAuthForm } from "@/lib/accounts/auth-form";
import { seeOther } from "@/lib/http/responses";
import { signInSchema } from "@/lib/validations/auth";

export async function POST(request: Request) {
  const session = await auth();
  return handleAuthForm({
    request,
    action: "sign-in",
    schema: signInSchema,
    formPath: "/sign-in",
    handle: async ({ email, password }, { callbackUrl, back }) => {
      if (session?.user.email === email) return seeOther(request, callbackUrl);
      try {
        const url = await signIn("credentials", { email, password, redirect: false });
        if (typeof url === "string" && url.includes("error=")) return back("credentials");
      } catch (e) {
        if (e instanceof AuthError) return back("credentials");
        throw e;
      }
      return seeOther(request, callbackUrl);
    },
  });
}
