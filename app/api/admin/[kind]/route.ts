import { saveTaxonomyItem, TAXONOMY, type TaxonomyInput } from "@/lib/editorial/taxonomy";
import { handlePost } from "@/lib/http/gateway";
import { taxonomyParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: taxonomyParams,
  back: ({ kind }) => `/admin/${kind}`,
  schema: ({ kind }) => TAXONOMY[kind].schema,
  run: async (input, { user, params: { kind }, back }) => {
    const saved = await saveTaxonomyItem({ editor: user, item: { kind, input } as TaxonomyInput });
    return saved.ok ? { ok: true, value: { redirect: `${back}?saved=created` } } : saved;
  },
});
