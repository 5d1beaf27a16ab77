import { cache } from "react";
import { FollowButton } from "@/components/alerts/follow-button";
import { localePath } from "@/lib/i18n/paths";
import { notFound } from "next/navigation";
import { PersonList } from "@/components/person-list";
import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { getCenter } from "@/lib/centers/queries";
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
const load = cache(async (slug: string) => (isSlug(slug) ? getCenter({ slug }) : null));

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const center = await load((await params).slug);
  if (!center) return {};
  return pageMetadata({ title: center.name, description: center.description, locale, path: `/centers/${center.slug}`, feed: { path: feedPath("centers", center.slug), title: getPageTranslator()("feeds.centre", { name: center.name }) } });
}

const SHOWN = 10;

export default async function CenterPage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const center = await load((await params).slug);
  if (!center) notFound();
  const { items, total } = await listPublications({ filters: { center: center.slug }, pageSize: SHOWN });
  return (
    <Container>
      <p className="text-sm">
        <TextLink tone="accent" href="/centers">{t("centres.breadcrumb")}</TextLink>
      </p>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold" lang={contentLang(center.lang)}>{center.name}</h1>
        <FollowButton kind="center" target={center.id} name={center.name} back={localePath(getRequestLocale(), `/centers/${center.slug}`)} />
      </div>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed" lang={contentLang(center.lang)}>{center.description}</p>

      {center.programs.length ? (
        <section aria-labelledby="programs" className="mt-12">
          <SectionHeading id="programs">{t("centres.programmes")}</SectionHeading>
          <ul className="grid gap-4 md:grid-cols-2">
            {center.programs.map((p) => (
              <li key={p.slug} className="rounded border border-line bg-white p-4">
                <TextLink tone="accent" href={`/centers/${center.slug}/${p.slug}`} className="font-semibold" lang={contentLang(p.lang)}>
                  {p.name}
                </TextLink>
                <p className="mt-1 text-sm text-muted" lang={contentLang(p.lang)}>{p.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="researchers" className="mt-12">
        <SectionHeading id="researchers">{t("centres.researchers")}</SectionHeading>
        {center.authors.length ? <PersonList people={center.authors} /> : <EmptyState title={t("centres.noResearchers")} />}
      </section>

      <section aria-labelledby="publications" className="mt-12">
        <SectionHeading id="publications" action={total > 0 ? <TextLink tone="accent" href={listingHref({ center: center.slug })} size="sm">{t("people.allPublications", { count: total })}</TextLink> : null}>
          {t("centres.latest")}
        </SectionHeading>
        {items.length ? <PublicationList publications={items} back={`/centers/${center.slug}`} /> : <EmptyState title={t("people.noPublications")} />}
      </section>
    </Container>
  );
}
