import { AboutAuthors } from "@/components/analysis/about-authors";
import { BookmarkButton } from "@/components/bookmarks/bookmark-button";
import { CiteThis } from "@/components/analysis/cite-this";
import { Cover } from "@/components/analysis/cover";
import { DownloadBlock } from "@/components/analysis/download-block";
import { RelatedResearch } from "@/components/analysis/related-research";
import { PublicationMeta } from "@/components/publication-meta";
import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { Tag } from "@/components/ui/tag";
import { renderMarkdown } from "@/lib/markdown";
import { formatCitation, publicationJsonLd } from "@/lib/publications/citation";
import type { PublicationCard, PublicationDetail, Translation } from "@/lib/publications/queries";
import { languageLabel } from "@/lib/format";
import { TextLink } from "@/components/ui/link";

/** The analysis page's body: the public page and the back office's preview render the same markup. */
export function AnalysisArticle({ publication, translations = [], related }: { publication: PublicationDetail; translations?: Translation[]; related: PublicationCard[] }) {
  const cover = publication.coverSha256;
  const pdf = publication.pdfKey && publication.pdfSize && publication.pdfPages ? { size: publication.pdfSize, pages: publication.pdfPages } : null;

  return (
    <Container className="max-w-3xl">
      <script
        type="application/ld+json"
        // JSON with "<" escaped cannot close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(publicationJsonLd(publication)).replace(/</g, "\\u003c") }}
      />
      <article lang={publication.language}>
        <header className={cover ? "grid grid-cols-[1fr_4.5rem] gap-4 sm:grid-cols-[1fr_9rem] sm:gap-6" : undefined}>
          {cover ? <Cover sha256={cover} title={publication.title} width={144} eager className="order-last w-18 sm:w-36" /> : null}
          <div>
          <PublicationMeta {...publication} showLanguage />
          <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight sm:text-4xl">{publication.title}</h1>
          <p className="mt-3 text-muted" lang="en">
            {publication.authors.map((a, i) => (
              <span key={a.author.slug}>
                {i > 0 ? (i === publication.authors.length - 1 ? " and " : ", ") : "By "}
                <TextLink href={`/authors/${a.author.slug}`}>
                  {a.author.name}
                </TextLink>
              </span>
            ))}
          </p>
          {translations.length ? (
            <p className="mt-3 text-sm" lang="en" data-testid="translations">
              {translations.map((t, i) => (
                <span key={t.id}>
                  {i > 0 ? " · " : ""}
                  Also in {languageLabel(t.language)}:{" "}
                  <TextLink tone="accent" href={`/analyses/${t.slug}`} hrefLang={t.language} lang={t.language}>
                    {t.title}
                  </TextLink>
                </span>
              ))}
            </p>
          ) : null}
          <div className="mt-4" lang="en">
            <BookmarkButton publicationId={publication.id} title={publication.title} back={`/analyses/${publication.slug}`} />
          </div>
          </div>
        </header>

        <section aria-labelledby="summary" className="mt-8">
          <h2 id="summary" className="sr-only">Summary</h2>
          <div className="prose-summary" dangerouslySetInnerHTML={{ __html: renderMarkdown(publication.summary) }} />
        </section>

        {publication.topics.length || publication.regions.length ? (
          <ul className="mt-8 flex flex-wrap gap-2" aria-label="Topics and regions" lang="en">
            {publication.topics.map((t) => (
              <li key={`t-${t.slug}`}>
                <Tag href={`/analyses?topic=${t.slug}`}>{t.name}</Tag>
              </li>
            ))}
            {publication.regions.map((r) => (
              <li key={`r-${r.slug}`}>
                <Tag href={`/analyses?region=${r.slug}`}>{r.name}</Tag>
              </li>
            ))}
          </ul>
        ) : null}
      </article>

      <div lang="en">
        <AboutAuthors authors={publication.authors.map((a) => a.author)} />
        <DownloadBlock slug={publication.slug} pdf={pdf} />
        <CiteThis slug={publication.slug} citation={formatCitation(publication)} />
        <RelatedResearch center={publication.center} programs={publication.programs} />
        {related.length ? (
          <section aria-labelledby="discover" className="mt-12">
            <SectionHeading id="discover" action={<TextLink tone="accent" href="/analyses" size="sm">Discover all our analyses →</TextLink>}>
              Discover all our analyses
            </SectionHeading>
            <PublicationList publications={related} back={`/analyses/${publication.slug}`} />
          </section>
        ) : null}
      </div>
    </Container>
  );
}
