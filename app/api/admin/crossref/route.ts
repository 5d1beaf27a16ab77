// The back office's Crossref deposit: one publication (?id=), those changed since a day
// (?since=YYYY-MM-DD), or every published one with a DOI. Editors only; a download, not a deposit.
import { z } from "zod";
import { getSession } from "@/lib/auth";
import { listDepositable } from "@/lib/crossref/deposit";
import { formatNamed } from "@/lib/formats/registry";
import { htmlMessage, notFoundResponse } from "@/lib/http/responses";
import { RECORD_ID } from "@/lib/validations/slug";

const selection = z.object({
  id: z.string().regex(RECORD_ID).optional(),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
    .optional(),
});

export async function GET(request: Request) {
  const session = await getSession();
  if (session?.user.role !== "EDITOR" && session?.user.role !== "ADMIN") return notFoundResponse();
  const params = new URL(request.url).searchParams;
  const parsed = selection.safeParse({ id: params.get("id") || undefined, since: params.get("since") || undefined });
  if (!parsed.success) return htmlMessage({ status: 400, title: "Check the selection", message: "Choose a publication, or a day as YYYY-MM-DD.", backHref: "/admin/publications" });
  const { id, since } = parsed.data;
  const publications = await listDepositable({ ids: id ? [id] : undefined, since: since ? new Date(`${since}T00:00:00Z`) : undefined });
  if (!publications.length) {
    return htmlMessage({ status: 404, title: "Nothing to deposit", message: "No published publication with a DOI matches this selection. Add the DOI on the publication's page first.", backHref: "/admin/publications" });
  }
  const name = id ? publications[0].slug : since ? `since-${since}` : "all";
  const deposit = formatNamed({ model: "deposit", name: "crossref" });
  return new Response(deposit.write(publications), {
    headers: { "content-type": deposit.contentType, "content-disposition": `attachment; filename="crossref-${name}.${deposit.extension}"`, "cache-control": "no-store" },
  });
}
