import { uploadPublicationPdf } from "@/lib/editorial/publications";
import { env } from "@/lib/env";
import { handlePost } from "@/lib/http/gateway";
import { pdfUploadSchema, recordParams } from "@/lib/validations/editorial";

// Room for the multipart envelope and the form's other fields around the file.
const ENVELOPE_BYTES = 64 * 1024;

export const POST = handlePost({
  access: "editor",
  presentation: "editor-form",
  params: recordParams,
  back: ({ id }) => `/admin/publications/${id}`,
  schema: pdfUploadSchema({ maxMb: env.PDF_UPLOAD_MAX_MB }),
  maxBytes: env.PDF_UPLOAD_MAX_MB * 1024 * 1024 + ENVELOPE_BYTES,
  tooLarge: "editor.pdfTooLarge",
  run: async ({ pdf, version }, { user, params: { id }, back }) => {
    const stored = await uploadPublicationPdf({ editor: user, id, upload: pdf, version });
    return stored.ok ? { ok: true, value: { redirect: `${back}?saved=pdf` } } : stored;
  },
});
