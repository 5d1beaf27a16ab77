import { mergeTerms } from "@/lib/editorial/taxonomy";
import { handlePost } from "@/lib/http/gateway";
import { mergeFormSchema, mergeParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: mergeParams,
  back: ({ kind }) => `/admin/${kind}`,
  schema: mergeFormSchema,
  run: async (input, { user, params: { kind }, back }) => {
    const merged = await mergeTerms({ editor: user, kind, ...input });
    return merged.ok ? { ok: true, value: { redirect: `${back}?saved=merged&moved=${merged.value.moved}` } } : merged;
  },
});
