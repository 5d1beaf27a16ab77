import { auth, signIn } from "@/auth";
import { handleAuthForm } from "@/lib/accounts/auth-form";
import { registerReader } from "@/lib/accounts/users";
import { seeOther } from "@/lib/http/responses";
import { signUpSchema } from "@/lib/validations/auth";

export async function POST(request: Request) {
  const session = await auth();
  return handleAuthForm({
    request,
    action: "sign-up",
    schema: signUpSchema,
    formPath: "/sign-up",
    handle: async (data, { callbackUrl }) => {
      if (session) return seeOther(request, "/account");
      // New or taken, the answer is the same: a link to confirm the address, sent to it.
      await registerReader(data);
      await signIn("nodemailer", { email: data.email, redirectTo: callbackUrl, redirect: false });
      return seeOther(request, "/sign-in/check-email");
    },
  });
}
