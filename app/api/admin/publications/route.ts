import { authorizeEditorPost } from "@/lib/editorial/access";
import { createPublication } from "@/lib/editorial/publications";
import { formFailure, formSuccess, readSmallForm } from "@/lib/http/responses";
import { PUBLICATION_FORM_MAX_BYTES, PUBLICATION_LIST_FIELDS, publicationFormSchema } from "@/lib/validations/editorial";
import { fieldErrors, formObject } from "@/lib/validations/form";

export async function POST(request: Request) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const back = "/admin/publications/new";
  const form = await readSmallForm(request, { maxBytes: PUBLICATION_FORM_MAX_BYTES });
  if (!form) return formFailure(request, { status: 413, message: "The form is too large.", backHref: back });
  const parsed = publicationFormSchema.safeParse(formObject(form, PUBLICATION_LIST_FIELDS));
  if (!parsed.success) return formFailure(request, { status: 422, message: "Some fields need attention.", errors: fieldErrors(parsed.error), backHref: back });
  const result = await createPublication({ editor, input: parsed.data });
  if (!result.ok) return formFailure(request, { status: 422, message: "Some fields need attention.", errors: result.kind === "invalid" ? result.errors : {}, backHref: back });
  return formSuccess(request, { redirect: `/admin/publications/${result.id}?saved=created` });
}
