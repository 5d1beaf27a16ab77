import { authorizeEditorPost } from "@/lib/editorial/access";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { deleteTaxonomyItem } from "@/lib/editorial/taxonomy";
import { formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
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
  if (form?.get("confirm") !== "delete") return formFailure(request, { status: 422, message: "Tick the box to confirm the deletion.", errors: { confirm: "Tick the box to confirm." }, backHref: back });
  const result = await deleteTaxonomyItem({ editor, kind, id });
  if (!result.ok) {
    const list = result.blockers.map((b) => `“${b.title}”`).join(", ");
    return formFailure(request, { status: 409, message: list ? `${result.message} ${list}.` : result.message, backHref: back });
  }
  await refreshPublicPages();
  return formSuccess(request, { redirect: `/admin/${kind}?saved=deleted` });
}
