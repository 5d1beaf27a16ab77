import { updatePublication } from "@/lib/editorial/publications";
import { handlePost } from "@/lib/http/gateway";
import { PUBLICATION_FORM_MAX_BYTES, PUBLICATION_LIST_FIELDS, publicationFormSchema, recordParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: recordParams,
  back: ({ id }) => `/admin/publications/${id}`,
  schema: publicationFormSchema,
  listFields: PUBLICATION_LIST_FIELDS,
  maxBytes: PUBLICATION_FORM_MAX_BYTES,
  run: async (input, { user, params: { id }, back }) => {
    const saved = await updatePublication({ editor: user, id, input });
    return saved.ok ? { ok: true, value: { redirect: `${back}?saved=updated` } } : saved;
  },
});
