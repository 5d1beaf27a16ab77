import { getSession } from "@/lib/auth";
import { completePendingAlert } from "@/lib/alerts/pending";
import { listFollowedKeys } from "@/lib/alerts/subscriptions";
import { completePendingSave } from "@/lib/bookmarks/pending";
import { listSavedPublicationIds } from "@/lib/bookmarks/queries";
import { parseFollowKey } from "@/lib/validations/alerts";
import { isRecordId } from "@/lib/validations/slug";

// The one per-user JSON route: public pages stay static and ask here, from the browser, who is
// signed in, which of the publications on the page they have saved (?saved=id,id,…) and which
// of the things on it they follow (?follows=author:id,series:name,…).
export async function GET(request: Request) {
  const session = await getSession();
  const headers = { "cache-control": "private, no-store" };
  if (!session?.user) return Response.json({ user: null, saved: [], follows: [] }, { headers });
  await Promise.all([completePendingSave({ userId: session.user.id }), completePendingAlert({ userId: session.user.id })]);
  const params = new URL(request.url).searchParams;
  const asked = (params.get("saved") ?? "").split(",").filter(isRecordId).slice(0, 200);
  const followKeys = (params.get("follows") ?? "")
    .split(",")
    .slice(0, 50)
    .map(parseFollowKey)
    .filter((k) => k !== null);
  const [saved, follows] = await Promise.all([
    listSavedPublicationIds({ userId: session.user.id, publicationIds: asked }),
    listFollowedKeys({ userId: session.user.id, keys: followKeys }),
  ]);
  const user = { name: session.user.name ?? null, email: session.user.email, role: session.user.role };
  return Response.json({ user, saved, follows }, { headers });
}
