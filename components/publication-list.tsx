import Link from "next/link";
import { PublicationMeta } from "@/components/publication-meta";
import type { PublicationCard } from "@/lib/publications/queries";

export function PublicationListItem({ publication, headingLevel = 3 }: { publication: PublicationCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-line py-5 last:border-b-0" lang={publication.language !== "en" ? publication.language : undefined}>
      <PublicationMeta {...publication} />
      <Heading className="mt-1 font-serif text-xl font-semibold leading-snug">
        <Link href={`/analyses/${publication.slug}`} className="hover:text-accent hover:underline">
          {publication.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm">
        {publication.authors.map((a, i) => (
          <span key={a.author.slug}>
            {i > 0 ? ", " : ""}
            <Link href={`/authors/${a.author.slug}`} className="text-accent hover:underline">
              {a.author.name}
            </Link>
          </span>
        ))}
      </p>
      <p className="mt-2 text-muted">{publication.teaser}</p>
    </article>
  );
}

export function PublicationList({ publications, headingLevel }: { publications: PublicationCard[]; headingLevel?: 2 | 3 }) {
  return (
    <div>
      {publications.map((p) => (
        <PublicationListItem key={p.id} publication={p} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
