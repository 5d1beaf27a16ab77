import { createPublication } from "@/lib/editorial/publications";
import { handlePost } from "@/lib/http/gateway";
import { PUBLICATION_FORM_MAX_BYTES, PUBLICATION_LIST_FIELDS, publicationFormSchema } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  back: "/admin/publications/new",
  schema: publicationFormSchema,
  listFields: PUBLICATION_LIST_FIELDS,
  maxBytes: PUBLICATION_FORM_MAX_BYTES,
  run: async (input, { user }) => {
    const created = await createPublication({ editor: user, input });
    return created.ok ? { ok: true, value: { redirect: `/admin/publications/${created.value.id}?saved=created` } } : created;
  },
});
