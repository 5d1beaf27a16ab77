import { Cover } from "@/components/analysis/cover";
import { cn } from "@/components/ui/cn";
import { BookmarkButton } from "@/components/bookmarks/bookmark-button";
import { PublicationMeta } from "@/components/publication-meta";
import type { PublicationCard } from "@/lib/publications/queries";
import type { Segment } from "@/lib/search/highlight";
import { TextLink } from "@/components/ui/link";
import { Link } from "@/components/ui/locale-link";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { localePath } from "@/lib/i18n/paths";

/** With a `snippet` (search results), the matched words are marked instead of showing the teaser. */
export function PublicationListItem({ publication, headingLevel = 3, back, snippet }: { publication: PublicationCard; headingLevel?: 2 | 3; back: string; snippet?: Segment[] }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // The title and teaser are the publication's language; the card's labels are the interface's.
  const lang = publication.language !== getRequestLocale() ? publication.language : undefined;
  return (
    <article
      className={cn("border-b border-line py-5 last:border-b-0", publication.coverSha256 && "grid grid-cols-[1fr_3.5rem] gap-x-4 sm:grid-cols-[1fr_5rem] sm:gap-x-6")}
    >
      {publication.coverSha256 ? (
        // The title beside it is the link for keyboards and screen readers; the cover is one for the mouse.
        <Link href={`/analyses/${publication.slug}`} tabIndex={-1} aria-hidden="true" className="order-last self-start">
          <Cover sha256={publication.coverSha256} title={publication.title} width={80} decorative className="w-14 sm:w-20" />
        </Link>
      ) : null}
      <div className="min-w-0">
        <PublicationMeta {...publication} />
        <Heading className="mt-1 font-serif text-xl font-semibold leading-snug" lang={lang}>
          <TextLink href={`/analyses/${publication.slug}`} tone="quiet">
            {publication.title}
          </TextLink>
        </Heading>
        <p className="mt-1 text-sm">
          {publication.authors.map((a, i) => (
            <span key={a.author.slug}>
              {i > 0 ? ", " : ""}
              <TextLink tone="accent" href={`/authors/${a.author.slug}`}>
                {a.author.name}
              </TextLink>
            </span>
          ))}
        </p>
        <p className="mt-2 text-muted" lang={lang} data-testid={snippet ? "snippet" : undefined}>
          {snippet ? snippet.map((s, i) => (s.hit ? <mark key={i} className="rounded bg-yellow-100 px-0.5 text-ink">{s.text}</mark> : <span key={i}>{s.text}</span>)) : publication.teaser}
        </p>
        <div className="mt-2">
          <BookmarkButton publicationId={publication.id} title={publication.title} back={localePath(getRequestLocale(), back)} />
        </div>
      </div>
    </article>
  );
}

/** `back` is the page's own path, locale-free: where a save made without JavaScript returns to. */
export function PublicationList({ publications, headingLevel, back }: { publications: PublicationCard[]; headingLevel?: 2 | 3; back: string }) {
  return (
    <div>
      {publications.map((p) => (
        <PublicationListItem key={p.id} publication={p} headingLevel={headingLevel} back={back} />
      ))}
    </div>
  );
}
