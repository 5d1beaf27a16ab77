import { authorizeEditorPost } from "@/lib/editorial/access";
import { deletePublication } from "@/lib/editorial/publications";
import { formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
import { isRecordId } from "@/lib/validations/slug";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const { id } = await params;
  if (!isRecordId(id)) return notFoundResponse("/admin/publications");
  const back = `/admin/publications/${id}`;
  const form = await readSmallForm(request);
  if (form?.get("confirm") !== "delete") return formFailure(request, { status: 422, message: "Tick the box to confirm the deletion.", errors: { confirm: "Tick the box to confirm." }, backHref: back });
  const result = await deletePublication({ editor, id });
  if (!result.ok) return formFailure(request, { status: 409, message: result.message, backHref: back });
  // Only unpublished publications can be deleted, and no public page shows them.
  return formSuccess(request, { redirect: "/admin/publications?saved=deleted" });
}
