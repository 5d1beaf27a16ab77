import { authorizeEditorPost } from "@/lib/editorial/access";
import { changePublicationStatus } from "@/lib/editorial/publications";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { firstValues, formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
import { instantFromLocal, publishFormSchema } from "@/lib/validations/editorial";
import { fieldErrors } from "@/lib/validations/form";
import { isRecordId } from "@/lib/validations/slug";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const { id } = await params;
  if (!isRecordId(id)) return notFoundResponse("/admin/publications");
  const back = `/admin/publications/${id}`;
  const form = await readSmallForm(request);
  if (!form) return formFailure(request, { status: 413, message: "The form is too large.", backHref: back });
  const parsed = publishFormSchema.safeParse(firstValues(form));
  if (!parsed.success) return formFailure(request, { status: 422, message: "Choose what to do.", errors: fieldErrors(parsed.error), backHref: back });
  const input = parsed.data;
  let at: Date | null = null;
  if (input.intent === "schedule") {
    at = instantFromLocal(input.scheduledAt, input.tzOffset);
    if (!at) return formFailure(request, { status: 422, message: "Choose a date and time.", errors: { scheduledAt: "Choose a date and time." }, backHref: back });
  }
  const result = await changePublicationStatus({ editor, id, change: input.intent === "schedule" ? { intent: "schedule", at: at! } : { intent: input.intent } });
  if (!result.ok) return formFailure(request, { status: 422, message: result.message, errors: { scheduledAt: result.message }, backHref: back });
  if (result.affectsSite) await refreshPublicPages();
  return formSuccess(request, { redirect: `${back}?saved=${input.intent}` });
}
