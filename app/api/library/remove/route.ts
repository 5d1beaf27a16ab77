import { removeBookmarks } from "@/lib/bookmarks/queries";
import { handlePost } from "@/lib/http/gateway";
import { removeSchema } from "@/lib/validations/library";

export const POST = handlePost({
  access: "reader",
  presentation: "page",
  back: "/library",
  schema: removeSchema,
  listFields: ["id"],
  run: async ({ id, back }, { user }) => {
    const removed = await removeBookmarks({ userId: user!.id, ids: id });
    if (!removed.ok) return removed;
    const url = new URL(back, "http://x");
    url.searchParams.set("removed", String(removed.value));
    return { ok: true, value: { redirect: `${url.pathname}${url.search}` } };
  },
});
