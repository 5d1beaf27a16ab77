import { analysisPdfPath } from "@/lib/accounts/return-to";
import { PublicationMeta } from "@/components/publication-meta";
import { formatDate } from "@/lib/format";
import type { PublicationCard } from "@/lib/publications/queries";
import { NOTE_MAX } from "@/lib/validations/library";
import { TextLink } from "@/components/ui/link";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Item = { id: string; note: string | null; createdAt: Date; publication: PublicationCard & { pdfKey: string | null } };

/** One saved analysis: selectable for removal (the checkbox belongs to the page's bulk form). */
/** `readingPage`: where the reader stopped reading online, if they started. */
export function LibraryItem({ item, back, bulkFormId, readingPage }: { item: Item; back: string; bulkFormId: string; readingPage?: number }) {
  const p = item.publication;
  const noteId = `note-${item.id}`;
  return (
    <article id={`bookmark-${item.id}`} className="border-b border-line py-5 last:border-b-0" data-testid="library-item">
      <div className="flex gap-3">
        <input type="checkbox" name="id" value={item.id} form={bulkFormId} id={`select-${item.id}`} className="mt-1.5 h-4 w-4" aria-label={`Select “${p.title}”`} />
        <div className="min-w-0 flex-1">
          <PublicationMeta {...p} />
          <h2 className="mt-1 font-serif text-xl font-semibold leading-snug">
            <TextLink href={`/analyses/${p.slug}`} tone="quiet">{p.title}</TextLink>
          </h2>
          <p className="mt-1 text-sm">{p.authors.map((a) => a.author.name).join(", ")}</p>
          <p className="mt-1 text-sm text-muted">
            Saved <time dateTime={item.createdAt.toISOString()}>{formatDate(item.createdAt)}</time>
            {p.pdfKey ? (
              <>
                {" · "}
                <a href={`/analyses/${p.slug}/read`} className="text-accent underline">
                  {readingPage ? `Continue reading (p. ${readingPage})` : "Read online"}
                </a>
                {" · "}
                <a href={analysisPdfPath({ slug: p.slug })} className="text-accent underline">Download the PDF</a>
              </>
            ) : null}
          </p>
          <form method="post" action="/api/library/note" className="mt-3">
            <input type="hidden" name="bookmarkId" value={item.id} />
            <input type="hidden" name="back" value={back} />
            <label htmlFor={noteId} className="text-sm font-medium">Private note</label>
            <Textarea id={noteId} name="note" maxLength={NOTE_MAX} rows={2} defaultValue={item.note ?? ""} className="text-sm" />
            <Button variant="outline" size="sm" className="mt-1">Save note</Button>
          </form>
        </div>
      </div>
    </article>
  );
}
