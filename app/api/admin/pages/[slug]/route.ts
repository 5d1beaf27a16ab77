import { handlePost } from "@/lib/http/gateway";
import { saveSitePage } from "@/lib/site-pages/site-pages";
import { sitePageFormSchema, sitePageParams } from "@/lib/validations/site-pages";

export const POST = handlePost({
  access: "admin",
  presentation: "editor-form",
  params: sitePageParams,
  back: ({ slug }) => `/admin/pages/${slug}`,
  schema: sitePageFormSchema,
  run: async (input, { user, params: { slug }, back }) => {
    const saved = await saveSitePage({ editor: user, slug, input });
    return saved.ok ? { ok: true, value: { redirect: `${back}?saved=updated&language=${input.language}` } } : saved;
  },
});
