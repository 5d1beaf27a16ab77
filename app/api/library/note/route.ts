import { auth } from "@/auth";
import { updateBookmarkNote } from "@/lib/bookmarks/queries";
import { firstValues, htmlMessage, notFoundResponse, readSmallForm, seeOther } from "@/lib/http/responses";
import { safeRedirectPath } from "@/lib/security/redirect";
import { isSameOriginPost } from "@/lib/security/request";
import { NOTE_MAX, noteSchema } from "@/lib/validations/library";

export async function POST(request: Request) {
  const session = await auth();
  if (!session) return seeOther(request, "/sign-in?callbackUrl=/library");
  if (!isSameOriginPost(request)) return htmlMessage({ status: 403, title: "Request refused", message: "This form must be sent from this site.", backHref: "/library" });
  const body = await readSmallForm(request);
  if (!body) return htmlMessage({ status: 413, title: "Note too long", message: `Notes are at most ${NOTE_MAX} characters.`, backHref: "/library" });
  const form = firstValues(body);
  const back = safeRedirectPath(form.back, "/library");
  const parsed = noteSchema.safeParse({ bookmarkId: form.bookmarkId, note: form.note ?? "" });
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "note")) {
      return htmlMessage({ status: 422, title: "Note too long", message: `Notes are at most ${NOTE_MAX} characters. Nothing was saved.`, backHref: back });
    }
    return notFoundResponse("/library");
  }
  const ok = await updateBookmarkNote({ userId: session.user.id, bookmarkId: parsed.data.bookmarkId, note: parsed.data.note });
  if (!ok) return notFoundResponse("/library");
  return seeOther(request, `${back}${back.includes("?") ? "&" : "?"}noted=1#bookmark-${parsed.data.bookmarkId}`);
}
