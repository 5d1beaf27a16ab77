import { deletePublication } from "@/lib/editorial/publications";
import { handlePost } from "@/lib/http/gateway";
import { confirmDeleteSchema, recordParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: recordParams,
  back: ({ id }) => `/admin/publications/${id}`,
  schema: confirmDeleteSchema,
  run: async (_, { user, params: { id } }) => {
    const deleted = await deletePublication({ editor: user, id });
    return deleted.ok ? { ok: true, value: { redirect: "/admin/publications?saved=deleted" } } : deleted;
  },
});
