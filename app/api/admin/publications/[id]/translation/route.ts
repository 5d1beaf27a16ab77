import { changePublicationTranslation } from "@/lib/editorial/publications";
import { handlePost } from "@/lib/http/gateway";
import { recordParams, translationFormSchema } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: recordParams,
  back: ({ id }) => `/admin/publications/${id}`,
  schema: translationFormSchema,
  run: async (change, { user, params: { id }, back }) => {
    const saved = await changePublicationTranslation({ editor: user, id, change });
    return saved.ok ? { ok: true, value: { redirect: `${back}?saved=translation` } } : saved;
  },
});
