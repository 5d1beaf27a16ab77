import { AboutAuthors } from "@/components/analysis/about-authors";
import { BookmarkButton } from "@/components/bookmarks/bookmark-button";
import { FollowButton } from "@/components/alerts/follow-button";
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
import { doiUrl } from "@/lib/validations/identifiers";
import { formatCitation, publicationJsonLd } from "@/lib/publications/citation";
import type { Localized } from "@/lib/i18n/catalogue-text";
import type { PublicationCard, PublicationDetail, Translation } from "@/lib/publications/queries";
import { languageLabel } from "@/lib/format";
import { TextLink } from "@/components/ui/link";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { contentLang, getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";

/** A translation's own page: in the interface of its language, where its readers are. */
function translationHref(t: Translation) {
  return localePath(isLocale(t.language) ? t.language : getRequestLocale(), `/analyses/${t.slug}`);
}

/** The analysis page's body: the public page and the back office's preview render the same markup. */
export function AnalysisArticle({ publication, translations = [], related }: { publication: Localized<PublicationDetail>; translations?: Translation[]; related: PublicationCard[] }) {
  const cover = publication.coverSha256;
  const locale = getRequestLocale();
  const t = getPageTranslator();
  // Content in another language than the interface says so with lang on its own element; the
  // interface's words around it are not marked.
  const lang = publication.language !== locale ? publication.language : undefined;
  const pdf = publication.pdfKey && publication.pdfSize && publication.pdfPages ? { size: publication.pdfSize, pages: publication.pdfPages } : null;

  return (
    <Container className="max-w-3xl">
      <script
        type="application/ld+json"
        // JSON with "<" escaped cannot close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(publicationJsonLd(publication)).replace(/</g, "\\u003c") }}
      />
      <article>
        <header className={cover ? "grid grid-cols-[1fr_4.5rem] gap-4 sm:grid-cols-[1fr_9rem] sm:gap-6" : undefined}>
          {cover ? <Cover sha256={cover} title={publication.title} width={144} eager className="order-last w-18 sm:w-36" /> : null}
          <div>
          <PublicationMeta {...publication} showLanguage />
          <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight sm:text-4xl" lang={lang}>{publication.title}</h1>
          <p className="mt-3 text-muted">
            {publication.authors.map((a, i) => (
              <span key={a.author.slug}>
                {i > 0 ? (i === publication.authors.length - 1 ? ` ${t("analysis.and")} ` : ", ") : `${t("analysis.by")} `}
                <TextLink href={`/authors/${a.author.slug}`}>
                  {a.author.name}
                </TextLink>
              </span>
            ))}
          </p>
          {publication.doi ? (
            <p className="mt-3 text-sm" data-testid="doi">
              DOI: <a className="break-all text-accent hover:underline" href={doiUrl(publication.doi)}>{doiUrl(publication.doi)}</a>
            </p>
          ) : null}
          {lang ? (
            <p className="mt-3 text-sm font-medium" data-testid="content-language">
              {t("analysis.contentLanguage", { language: languageLabel(publication.language, locale) })}
            </p>
          ) : null}
          {translations.length ? (
            <p className="mt-3 text-sm" data-testid="translations">
              {translations.map((tr, i) => (
                <span key={tr.id}>
                  {i > 0 ? " · " : ""}
                  {t("analysis.alsoIn", { language: languageLabel(tr.language, locale) })}{" "}
                  {/* Its own language's address, as written: not this page's interface language. */}
                  <a className="text-accent hover:underline" href={translationHref(tr)} hrefLang={tr.language} lang={tr.language}>
                    {tr.title}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <BookmarkButton publicationId={publication.id} title={publication.title} back={localePath(locale, `/analyses/${publication.slug}`)} />
            {/* A series has no page of its own: its issues are where it can be followed. */}
            {publication.series ? <FollowButton kind="series" target={publication.series} name={publication.series} back={localePath(locale, `/analyses/${publication.slug}`)} /> : null}
          </div>
          </div>
        </header>

        <section aria-labelledby="summary" className="mt-8">
          <h2 id="summary" className="sr-only">{t("analysis.summary")}</h2>
          <div className="prose-summary" lang={lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(publication.summary) }} />
        </section>

        {publication.topics.length || publication.regions.length ? (
          <ul className="mt-8 flex flex-wrap gap-2" aria-label={t("analysis.tags")}>
            {publication.topics.map((t) => (
              <li key={`t-${t.slug}`} lang={contentLang(t.lang)}>
                <Tag href={`/analyses?topic=${t.slug}`}>{t.name}</Tag>
              </li>
            ))}
            {publication.regions.map((r) => (
              <li key={`r-${r.slug}`} lang={contentLang(r.lang)}>
                <Tag href={`/analyses?region=${r.slug}`}>{r.name}</Tag>
              </li>
            ))}
          </ul>
        ) : null}
      </article>

      <div>
        <AboutAuthors authors={publication.authors.map((a) => a.author)} />
        <DownloadBlock slug={publication.slug} pdf={pdf} />
        <CiteThis slug={publication.slug} citation={formatCitation(publication, { locale })} />
        <RelatedResearch center={publication.center} programs={publication.programs} />
        {related.length ? (
          <section aria-labelledby="discover" className="mt-12">
            <SectionHeading id="discover" action={<TextLink tone="accent" href="/analyses" size="sm">{t("analysis.discoverLink")}</TextLink>}>
              {t("analysis.discover")}
            </SectionHeading>
            <PublicationList publications={related} back={`/analyses/${publication.slug}`} />
          </section>
        ) : null}
      </div>
    </Container>
  );
}
