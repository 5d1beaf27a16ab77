import { authorizeEditorPost } from "@/lib/editorial/access";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { saveTaxonomyItem, TAXONOMY, type TaxonomyInput } from "@/lib/editorial/taxonomy";
import { firstValues, formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
import { fieldErrors } from "@/lib/validations/form";
import { isRecordId } from "@/lib/validations/slug";
import { isTaxonomyKind } from "@/lib/validations/taxonomy-kind";

type Context = { params: Promise<{ kind: string; id: string }> };

export async function POST(request: Request, { params }: Context) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const { kind, id } = await params;
  if (!isTaxonomyKind(kind) || !isRecordId(id)) return notFoundResponse("/admin");
  const back = `/admin/${kind}/${id}`;
  const form = await readSmallForm(request);
  if (!form) return formFailure(request, { status: 413, message: "The form is too large.", backHref: back });
  const parsed = TAXONOMY[kind].schema.safeParse(firstValues(form));
  if (!parsed.success) return formFailure(request, { status: 422, message: "Some fields need attention.", errors: fieldErrors(parsed.error), backHref: back });
  const result = await saveTaxonomyItem({ editor, id, item: { kind, input: parsed.data } as TaxonomyInput });
  if (!result.ok) {
    if ("notFound" in result) return notFoundResponse(`/admin/${kind}`);
    return formFailure(request, { status: 422, message: "Some fields need attention.", errors: result.errors, backHref: back });
  }
  await refreshPublicPages();
  return formSuccess(request, { redirect: `${back}?saved=updated` });
}
