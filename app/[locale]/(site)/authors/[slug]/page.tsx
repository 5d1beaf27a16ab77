import { cache } from "react";
import { OrcidLink } from "@/components/orcid-link";
import { FollowButton } from "@/components/alerts/follow-button";
import { localePath } from "@/lib/i18n/paths";
import { notFound } from "next/navigation";
import { AuthorPhoto } from "@/components/author-photo";
import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { getAuthor } from "@/lib/authors/queries";
import { listPublications } from "@/lib/publications/queries";
import { feedPath } from "@/lib/validations/listing";
import { pageMetadata } from "@/lib/seo";
import { contentLang, getPageTranslator, getRequestLocale, readPageLocale } from "@/lib/i18n/request-locale";
import { isSlug } from "@/lib/validations/slug";
import { listingHref } from "@/lib/validations/listing";
import { TextLink } from "@/components/ui/link";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

// cache: generateMetadata and the page share one read per render.
const load = cache(async (slug: string) => (isSlug(slug) ? getAuthor({ slug }) : null));

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const author = await load((await params).slug);
  if (!author) return {};
  const t = getPageTranslator();
  return pageMetadata({ title: author.name, description: `${author.role}. ${author.bio}`, locale, path: `/authors/${author.slug}`, type: "profile", feed: { path: feedPath("authors", author.slug), title: t("feeds.author", { name: author.name }) } });
}

const SHOWN = 20;

export default async function AuthorPage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const author = await load((await params).slug);
  if (!author) notFound();
  const { items, total } = await listPublications({ filters: { author: author.slug }, pageSize: SHOWN });
  return (
    <Container className="max-w-4xl">
      <header className="flex items-center gap-5 sm:gap-6">
        <AuthorPhoto name={author.name} sha256={author.photoSha256} size={112} />
        <div>
          <h1 className="font-serif text-3xl font-semibold">{author.name}</h1>
          <p className="mt-2 text-muted">
            <span lang={contentLang(author.lang)}>{author.role}</span>
            {author.center ? (
              <>
                {" · "}
                <TextLink href={`/centers/${author.center.slug}`} lang={contentLang(author.center.lang)}>
                  {author.center.name}
                </TextLink>
              </>
            ) : null}
          </p>
          {author.orcid ? <OrcidLink orcid={author.orcid} className="mt-1 text-sm" /> : null}
          <FollowButton kind="author" target={author.id} name={author.name} back={localePath(getRequestLocale(), `/authors/${author.slug}`)} className="mt-3" />
        </div>
      </header>
      <section aria-labelledby="biography" className="mt-8">
        <h2 id="biography" className="sr-only">{t("people.biography")}</h2>
        <p className="max-w-3xl text-lg leading-relaxed" lang={contentLang(author.lang)}>{author.bio}</p>
      </section>
      <section aria-labelledby="publications" className="mt-12">
        <SectionHeading
          id="publications"
          action={total > SHOWN ? <TextLink tone="accent" href={listingHref({ author: author.slug })} size="sm">{t("people.allPublications", { count: total })}</TextLink> : null}
        >
          {t("people.publications", { count: total })}
        </SectionHeading>
        {items.length ? <PublicationList publications={items} back={`/authors/${author.slug}`} /> : <EmptyState title={t("people.noPublications")} />}
      </section>
    </Container>
  );
}
