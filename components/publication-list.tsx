import { BookmarkButton } from "@/components/bookmarks/bookmark-button";
import { PublicationMeta } from "@/components/publication-meta";
import type { PublicationCard } from "@/lib/publications/queries";
import type { Segment } from "@/lib/search/highlight";
import { TextLink } from "@/components/ui/link";

/** With a `snippet` (search results), the matched words are marked instead of showing the teaser. */
export function PublicationListItem({ publication, headingLevel = 3, back, snippet }: { publication: PublicationCard; headingLevel?: 2 | 3; back: string; snippet?: Segment[] }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-line py-5 last:border-b-0" lang={publication.language !== "en" ? publication.language : undefined}>
      <PublicationMeta {...publication} />
      <Heading className="mt-1 font-serif text-xl font-semibold leading-snug">
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
      <p className="mt-2 text-muted" data-testid={snippet ? "snippet" : undefined}>
        {snippet ? snippet.map((s, i) => (s.hit ? <mark key={i} className="rounded bg-yellow-100 px-0.5 text-ink">{s.text}</mark> : <span key={i}>{s.text}</span>)) : publication.teaser}
      </p>
      <div className="mt-2">
        <BookmarkButton publicationId={publication.id} title={publication.title} back={back} />
      </div>
    </article>
  );
}

/** `back` is the page's own path: where a save made without JavaScript returns to. */
export function PublicationList({ publications, headingLevel, back }: { publications: PublicationCard[]; headingLevel?: 2 | 3; back: string }) {
  return (
    <div>
      {publications.map((p) => (
        <PublicationListItem key={p.id} publication={p} headingLevel={headingLevel} back={back} />
      ))}
    </div>
  );
}
