import { changePublicationStatus } from "@/lib/editorial/publications";
import { handlePost } from "@/lib/http/gateway";
import { publishFormSchema, recordParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: recordParams,
  back: ({ id }) => `/admin/publications/${id}`,
  schema: publishFormSchema,
  run: async (change, { user, params: { id }, back }) => {
    const changed = await changePublicationStatus({ editor: user, id, change });
    return changed.ok ? { ok: true, value: { redirect: `${back}?saved=${change.intent}` } } : changed;
  },
});
