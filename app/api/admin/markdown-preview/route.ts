import { authorizeEditorPost } from "@/lib/editorial/access";
import { readSmallForm } from "@/lib/http/responses";
import { renderMarkdown } from "@/lib/markdown";
import { PUBLICATION_FORM_MAX_BYTES } from "@/lib/validations/editorial";

export async function POST(request: Request) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const form = await readSmallForm(request, { maxBytes: PUBLICATION_FORM_MAX_BYTES });
  const source = form?.get("source");
  if (typeof source !== "string") return Response.json({ ok: false }, { status: 422 });
  return Response.json({ ok: true, html: renderMarkdown(source) }, { headers: { "cache-control": "no-store" } });
}
