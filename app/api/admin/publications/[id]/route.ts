import { authorizeEditorPost } from "@/lib/editorial/access";
import { updatePublication } from "@/lib/editorial/publications";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
import { PUBLICATION_FORM_MAX_BYTES, PUBLICATION_LIST_FIELDS, publicationFormSchema } from "@/lib/validations/editorial";
import { fieldErrors, formObject } from "@/lib/validations/form";
import { isRecordId } from "@/lib/validations/slug";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const { id } = await params;
  if (!isRecordId(id)) return notFoundResponse("/admin/publications");
  const back = `/admin/publications/${id}`;
  const form = await readSmallForm(request, { maxBytes: PUBLICATION_FORM_MAX_BYTES });
  if (!form) return formFailure(request, { status: 413, message: "The form is too large.", backHref: back });
  const parsed = publicationFormSchema.safeParse(formObject(form, PUBLICATION_LIST_FIELDS));
  if (!parsed.success) return formFailure(request, { status: 422, message: "Some fields need attention.", errors: fieldErrors(parsed.error), backHref: back });
  const result = await updatePublication({ editor, id, input: parsed.data });
  if (!result.ok) {
    if (result.kind === "not-found") return notFoundResponse("/admin/publications");
    if (result.kind === "invalid") return formFailure(request, { status: 422, message: "Some fields need attention.", errors: result.errors, backHref: back });
    const who = result.current.by ? ` by ${result.current.by}` : "";
    const fields = Object.keys(result.current.changes);
    return formFailure(request, {
      status: 409,
      message: `Your changes were not saved: this publication was changed${who} after you opened it${fields.length ? ` (${fields.join(", ")})` : ""}. Open the current version, then apply your changes again.`,
      errors: { conflict: back },
      backHref: back,
    });
  }
  if (result.affectsSite) await refreshPublicPages();
  return formSuccess(request, { redirect: `/admin/publications/${id}?saved=updated` });
}
