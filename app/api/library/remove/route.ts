import { auth } from "@/auth";
import { removeBookmarks } from "@/lib/bookmarks/queries";
import { htmlMessage, notFoundResponse, readSmallForm, seeOther } from "@/lib/http/responses";
import { safeRedirectPath } from "@/lib/security/redirect";
import { isSameOriginPost } from "@/lib/security/request";
import { removeSchema } from "@/lib/validations/library";

export async function POST(request: Request) {
  const session = await auth();
  if (!session) return seeOther(request, "/sign-in?callbackUrl=/library");
  if (!isSameOriginPost(request)) return htmlMessage({ status: 403, title: "Request refused", message: "This form must be sent from this site.", backHref: "/library" });
  const form = await readSmallForm(request);
  if (!form) return htmlMessage({ status: 413, title: "Form too large", message: "The form was too large or could not be read.", backHref: "/library" });
  const back = safeRedirectPath(form.get("back"), "/library");
  const parsed = removeSchema.safeParse({ ids: form.getAll("id") });
  if (!parsed.success) return seeOther(request, `/library?error=none-selected`);
  const removed = await removeBookmarks({ userId: session.user.id, ids: parsed.data.ids });
  // Someone else's bookmark, or none at all: the same answer, and nothing changed.
  if (removed === null) return notFoundResponse("/library");
  const url = new URL(back, "http://x");
  url.searchParams.set("removed", String(removed));
  return seeOther(request, `${url.pathname}${url.search}`);
}
