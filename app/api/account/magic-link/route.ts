import { auth, signIn } from "@/auth";
import { handleAuthForm } from "@/lib/accounts/auth-form";
import { seeOther } from "@/lib/http/responses";
import { emailOnlySchema } from "@/lib/validations/auth";

export async function POST(request: Request) {
  const session = await auth();
  return handleAuthForm({
    request,
    action: "magic-link",
    schema: emailOnlySchema,
    formPath: "/sign-in",
    handle: async ({ email }, { callbackUrl }) => {
      if (session?.user.email === email) return seeOther(request, callbackUrl);
      // Sent whether or not the address has an account: following the link creates one.
      await signIn("nodemailer", { email, redirectTo: callbackUrl, redirect: false });
      return seeOther(request, "/sign-in/check-email");
    },
  });
}
