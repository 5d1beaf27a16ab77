import { deleteTaxonomyItem } from "@/lib/editorial/taxonomy";
import { handlePost } from "@/lib/http/gateway";
import { confirmDeleteSchema, taxonomyRecordParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: taxonomyRecordParams,
  back: ({ kind, id }) => `/admin/${kind}/${id}`,
  schema: confirmDeleteSchema,
  run: async (_, { user, params: { kind, id } }) => {
    const deleted = await deleteTaxonomyItem({ editor: user, kind, id });
    return deleted.ok ? { ok: true, value: { redirect: `/admin/${kind}?saved=deleted` } } : deleted;
  },
});
