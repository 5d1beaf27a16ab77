import { saveTaxonomyItem, TAXONOMY, type TaxonomyInput } from "@/lib/editorial/taxonomy";
import { handlePost } from "@/lib/http/gateway";
import { taxonomyRecordParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: taxonomyRecordParams,
  back: ({ kind, id }) => `/admin/${kind}/${id}`,
  schema: ({ kind }) => TAXONOMY[kind].schema,
  run: async (input, { user, params: { kind, id }, back }) => {
    const saved = await saveTaxonomyItem({ editor: user, id, item: { kind, input } as TaxonomyInput });
    return saved.ok ? { ok: true, value: { redirect: `${back}?saved=updated` } } : saved;
  },
});
