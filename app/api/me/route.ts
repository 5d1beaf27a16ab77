import { getSession } from "@/lib/auth";
import { completePendingSave } from "@/lib/bookmarks/pending";
import { listSavedPublicationIds } from "@/lib/bookmarks/queries";
import { isRecordId } from "@/lib/validations/slug";

// The one per-user JSON route: public pages stay static and ask here, from the browser, who is
// signed in and which of the publications on the page they have saved (?saved=id,id,…).
export async function GET(request: Request) {
  const session = await getSession();
  const headers = { "cache-control": "private, no-store" };
  if (!session?.user) return Response.json({ user: null, saved: [] }, { headers });
  await completePendingSave({ userId: session.user.id });
  const asked = (new URL(request.url).searchParams.get("saved") ?? "")
    .split(",")
    .filter(isRecordId)
    .slice(0, 200);
  const saved = await listSavedPublicationIds({ userId: session.user.id, publicationIds: asked });
  const user = { name: session.user.name ?? null, email: session.user.email, role: session.user.role };
  return Response.json({ user, saved }, { headers });
}
