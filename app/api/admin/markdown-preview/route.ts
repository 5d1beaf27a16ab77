import { handlePost } from "@/lib/http/gateway";
import { renderMarkdown } from "@/lib/markdown";
import { markdownPreviewSchema, PUBLICATION_FORM_MAX_BYTES } from "@/lib/validations/editorial";

// Not a change: the summary's preview, rendered by the site's own renderer and sanitiser.
export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  back: "/admin/publications",
  schema: markdownPreviewSchema,
  maxBytes: PUBLICATION_FORM_MAX_BYTES,
  run: async ({ source }) => ({ ok: true, value: { json: { html: renderMarkdown(source) } } }),
});
