import { analysisPdfPath } from "@/lib/accounts/return-to";
import { PublicationMeta } from "@/components/publication-meta";
import { formatDate } from "@/lib/format";
import type { PublicationCard } from "@/lib/publications/queries";
import { NOTE_MAX } from "@/lib/validations/library";
import { TextLink } from "@/components/ui/link";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { LocaleField } from "@/components/ui/locale-field";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";
import { localePath } from "@/lib/i18n/paths";

type Item = { id: string; note: string | null; createdAt: Date; publication: PublicationCard & { pdfKey: string | null } };

/** One saved analysis: selectable for removal (the checkbox belongs to the page's bulk form). */
/** `readingPage`: where the reader stopped reading online, if they started. */
export function LibraryItem({ item, back, bulkFormId, readingPage }: { item: Item; back: string; bulkFormId: string; readingPage?: number }) {
  const p = item.publication;
  const locale = getRequestLocale();
  const t = getPageTranslator();
  const noteId = `note-${item.id}`;
  return (
    <article id={`bookmark-${item.id}`} className="border-b border-line py-5 last:border-b-0" data-testid="library-item">
      <div className="flex gap-3">
        <input type="checkbox" name="id" value={item.id} form={bulkFormId} id={`select-${item.id}`} className="mt-1.5 h-4 w-4" aria-label={t("library.select", { title: p.title })} />
        <div className="min-w-0 flex-1">
          <PublicationMeta {...p} />
          <h2 className="mt-1 font-serif text-xl font-semibold leading-snug">
            <TextLink href={`/analyses/${p.slug}`} tone="quiet">{p.title}</TextLink>
          </h2>
          <p className="mt-1 text-sm">{p.authors.map((a) => a.author.name).join(", ")}</p>
          <p className="mt-1 text-sm text-muted">
            {t.rich("library.savedOn", { date: formatDate(item.createdAt, locale), time: (c) => <time dateTime={item.createdAt.toISOString()}>{c}</time> })}
            {p.pdfKey ? (
              <>
                {" · "}
                <a href={localePath(locale, `/analyses/${p.slug}/read`)} className="text-accent underline">
                  {readingPage ? t("library.continue", { page: readingPage }) : t("library.readOnline")}
                </a>
                {" · "}
                <a href={analysisPdfPath({ slug: p.slug, locale })} className="text-accent underline">{t("library.download")}</a>
              </>
            ) : null}
          </p>
          <form method="post" action="/api/library/note" className="mt-3">
            <LocaleField />
            <input type="hidden" name="bookmarkId" value={item.id} />
            <input type="hidden" name="back" value={back} />
            <label htmlFor={noteId} className="text-sm font-medium">{t("library.note")}</label>
            <Textarea id={noteId} name="note" maxLength={NOTE_MAX} rows={2} defaultValue={item.note ?? ""} className="text-sm" />
            <Button variant="outline" size="sm" className="mt-1">{t("library.saveNote")}</Button>
          </form>
        </div>
      </div>
    </article>
  );
}
