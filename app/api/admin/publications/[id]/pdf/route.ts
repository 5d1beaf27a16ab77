import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { authorizeEditorPost } from "@/lib/editorial/access";
import { replacePublicationPdf } from "@/lib/editorial/publications";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { env } from "@/lib/env";
import { formFailure, formSuccess, notFoundResponse } from "@/lib/http/responses";
import { isRecordId } from "@/lib/validations/slug";

type Context = { params: Promise<{ id: string }> };

// Room for the multipart envelope and the form's other fields around the file.
const ENVELOPE_BYTES = 64 * 1024;

export async function POST(request: Request, { params }: Context) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const { id } = await params;
  if (!isRecordId(id)) return notFoundResponse("/admin/publications");
  const back = `/admin/publications/${id}`;
  const limit = env.PDF_UPLOAD_MAX_MB * 1024 * 1024;
  const tooLarge = () => formFailure(request, { status: 413, message: `The file is larger than the ${env.PDF_UPLOAD_MAX_MB} MB limit.`, errors: { pdf: `At most ${env.PDF_UPLOAD_MAX_MB} MB.` }, backHref: back });
  // Refused before a byte of the body is read: browsers always send the length of a form upload.
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(declared)) return formFailure(request, { status: 411, message: "The upload must state its length.", backHref: back });
  if (declared > limit + ENVELOPE_BYTES) return tooLarge();

  const form = await request.formData().catch(() => null);
  const file = form?.get("pdf");
  if (!form || !(file instanceof File) || file.size === 0) return formFailure(request, { status: 422, message: "Choose a PDF file.", errors: { pdf: "Choose a PDF file." }, backHref: back });
  if (file.size > limit) return tooLarge();
  const versionField = form.get("version");
  const version = typeof versionField === "string" && /^\d{1,9}$/.test(versionField) ? Number(versionField) : undefined;

  const tmpDir = path.join(env.storageDir, "tmp");
  await fs.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `upload-${crypto.randomUUID()}.pdf`);
  try {
    await fs.writeFile(tmp, Readable.fromWeb(file.stream() as NodeReadableStream));
    const result = await replacePublicationPdf({ editor, id, file: tmp, version });
    if (!result.ok) {
      if (result.status === 404) return notFoundResponse("/admin/publications");
      return formFailure(request, { status: result.status, message: result.message, errors: { pdf: result.message }, backHref: back });
    }
    if (result.affectsSite) await refreshPublicPages();
    return formSuccess(request, { redirect: `${back}?saved=pdf` });
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
