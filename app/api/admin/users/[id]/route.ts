import { authorizeEditorPost } from "@/lib/editorial/access";
import { changeUser } from "@/lib/editorial/users";
import { firstValues, formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
import { userUpdateSchema } from "@/lib/validations/editorial";
import { fieldErrors } from "@/lib/validations/form";
import { isRecordId } from "@/lib/validations/slug";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const admin = await authorizeEditorPost(request, { level: "admin" });
  if (admin instanceof Response) return admin;
  const { id } = await params;
  if (!isRecordId(id)) return notFoundResponse("/admin/users");
  const form = await readSmallForm(request);
  const parsed = userUpdateSchema.safeParse(form ? firstValues(form) : {});
  if (!parsed.success) return formFailure(request, { status: 422, message: "Choose what to change.", errors: fieldErrors(parsed.error), backHref: "/admin/users" });
  const result = await changeUser({ editor: admin, id, change: parsed.data });
  if (!result.ok) return result.status === 404 ? notFoundResponse("/admin/users") : formFailure(request, { status: 409, message: result.message, backHref: "/admin/users" });
  const back = typeof form?.get("back") === "string" && String(form.get("back")).startsWith("/admin/users") ? String(form.get("back")) : "/admin/users";
  return formSuccess(request, { redirect: back });
}
