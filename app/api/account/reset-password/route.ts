import { auth } from "@/auth";
import { handleAuthForm } from "@/lib/accounts/auth-form";
import { resetPassword } from "@/lib/accounts/password-reset";
import { seeOther } from "@/lib/http/responses";
import { resetPasswordSchema } from "@/lib/validations/auth";

export async function POST(request: Request) {
  await auth(); // the token, not the session, authorises a reset
  return handleAuthForm({
    request,
    action: "reset",
    schema: resetPasswordSchema,
    formPath: "/reset-password",
    keep: ["token"],
    handle: async ({ token, password }, { back }) => {
      const result = await resetPassword({ token, password });
      if (result === "invalid") return back("link-invalid");
      return seeOther(request, "/sign-in?notice=password-reset");
    },
  });
}
