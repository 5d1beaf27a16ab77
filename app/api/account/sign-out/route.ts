import { auth, signOut } from "@/auth";
import { htmlMessage, seeOther } from "@/lib/http/responses";
import { isSameOriginPost } from "@/lib/security/request";

export async function POST(request: Request) {
  const session = await auth();
  if (!isSameOriginPost(request)) return htmlMessage({ status: 403, title: "Request refused", message: "This form must be sent from this site.", backHref: "/" });
  if (session) await signOut({ redirect: false });
  return seeOther(request, "/");
}
