import { changeUser } from "@/lib/editorial/users";
import { handlePost } from "@/lib/http/gateway";
import { recordParams, userUpdateSchema } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "admin",
  presentation: "editor-form",
  params: recordParams,
  back: "/admin/users",
  schema: userUpdateSchema,
  run: async (change, { user, params: { id } }) => {
    const changed = await changeUser({ editor: user, id, change });
    return changed.ok ? { ok: true, value: { redirect: change.back } } : changed;
  },
});
