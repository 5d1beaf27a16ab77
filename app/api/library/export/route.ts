import { getSession } from "@/lib/auth";
import { listLibraryForExport } from "@/lib/bookmarks/queries";
import { toCitationEntry } from "@/lib/formats/citation-entry";
import { findFormat } from "@/lib/formats/registry";
import { notFoundResponse, seeOther } from "@/lib/http/responses";

// A reader's whole library, in any format offered for it (lib/formats/registry.ts).
export async function GET(request: Request) {
  const session = await getSession();
  if (!session) return seeOther("/sign-in?callbackUrl=/library");
  const format = findFormat({ model: "citation", offeredIn: "library", name: new URL(request.url).searchParams.get("format") ?? "" });
  if (!format) return notFoundResponse("/library");
  const rows = await listLibraryForExport({ userId: session.user.id });
  const entries = rows.map((r) => ({ ...toCitationEntry(r.publication), savedAt: r.createdAt, note: r.note }));
  return new Response(format.write(entries), {
    headers: {
      "content-type": format.contentType,
      "content-disposition": `attachment; filename="folio-library.${format.extension}"`,
      "cache-control": "private, no-store",
    },
  });
}
