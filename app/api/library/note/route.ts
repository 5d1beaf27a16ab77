import { updateBookmarkNote } from "@/lib/bookmarks/queries";
import { handlePost } from "@/lib/http/gateway";
import { noteSchema } from "@/lib/validations/library";

export const POST = handlePost({
  access: "reader",
  presentation: "page",
  back: "/library",
  schema: noteSchema,
  run: async ({ bookmarkId, note, back }, { user }) => {
    const saved = await updateBookmarkNote({ userId: user!.id, bookmarkId, note });
    return saved.ok ? { ok: true, value: { redirect: `${back}${back.includes("?") ? "&" : "?"}noted=1#bookmark-${bookmarkId}` } } : saved;
  },
});
