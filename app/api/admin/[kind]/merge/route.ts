import { authorizeEditorPost } from "@/lib/editorial/access";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { mergeTerms } from "@/lib/editorial/taxonomy";
import { firstValues, formFailure, formSuccess, notFoundResponse, readSmallForm } from "@/lib/http/responses";
import { mergeFormSchema } from "@/lib/validations/editorial";
import { fieldErrors } from "@/lib/validations/form";

type Context = { params: Promise<{ kind: string }> };

export async function POST(request: Request, { params }: Context) {
  const editor = await authorizeEditorPost(request);
  if (editor instanceof Response) return editor;
  const { kind } = await params;
  if (kind !== "topics" && kind !== "regions") return notFoundResponse("/admin");
  const back = `/admin/${kind}`;
  const form = await readSmallForm(request);
  const parsed = mergeFormSchema.safeParse(form ? firstValues(form) : {});
  if (!parsed.success) return formFailure(request, { status: 422, message: "Choose two different items.", errors: fieldErrors(parsed.error), backHref: back });
  const result = await mergeTerms({ editor, kind, ...parsed.data });
  if (!result.ok) return formFailure(request, { status: 409, message: result.message, backHref: back });
  await refreshPublicPages();
  return formSuccess(request, { redirect: `${back}?saved=merged&moved=${result.moved}` });
}
