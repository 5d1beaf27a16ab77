import { replacePublicationCover } from "@/lib/editorial/publications";
import { handlePost } from "@/lib/http/gateway";
import { IMAGE_UPLOAD_MAX_MB, imageUploadSchema, recordParams } from "@/lib/validations/editorial";

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: recordParams,
  back: ({ id }) => `/admin/publications/${id}`,
  schema: imageUploadSchema,
  // Room for the multipart envelope around the file.
  maxBytes: IMAGE_UPLOAD_MAX_MB * 1024 * 1024 + 64 * 1024,
  tooLarge: "editor.imageTooLarge",
  run: async (change, { user, params: { id }, back }) => {
    const saved = await replacePublicationCover({ editor: user, id, change });
    return saved.ok ? { ok: true, value: { redirect: `${back}?saved=cover` } } : saved;
  },
});
