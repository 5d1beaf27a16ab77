import { cache } from "react";
import { FollowButton } from "@/components/alerts/follow-button";
import { localePath } from "@/lib/i18n/paths";
import { notFound } from "next/navigation";
import { PersonList } from "@/components/person-list";
import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { getProgram } from "@/lib/centers/queries";
import { listPublications } from "@/lib/publications/queries";
import { pageMetadata } from "@/lib/seo";
import { contentLang, getPageTranslator, getRequestLocale, readPageLocale } from "@/lib/i18n/request-locale";
import { isSlug } from "@/lib/validations/slug";
import { listingHref } from "@/lib/validations/listing";
import { TextLink } from "@/components/ui/link";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; program: string }> };

// cache: generateMetadata and the page share one read per render (keyed by the two strings).
const read = cache(async (slug: string, program: string) => (isSlug(slug) && isSlug(program) ? getProgram({ centerSlug: slug, slug: program }) : null));
const load = ({ slug, program }: { slug: string; program: string }) => read(slug, program);

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const program = await load(await params);
  if (!program) return {};
  return pageMetadata({ title: program.name, description: program.description, locale, path: `/centers/${program.center.slug}/${program.slug}` });
}

const SHOWN = 10;

export default async function ProgramPage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const program = await load(await params);
  if (!program) notFound();
  const { items, total } = await listPublications({ filters: { program: program.slug }, pageSize: SHOWN });
  return (
    <Container>
      <p className="text-sm">
        <TextLink tone="accent" href="/centers">{t("centres.breadcrumb")}</TextLink>
        {" / "}
        <TextLink tone="accent" href={`/centers/${program.center.slug}`} lang={contentLang(program.center.lang)}>{program.center.name}</TextLink>
      </p>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold" lang={contentLang(program.lang)}>{program.name}</h1>
        <FollowButton kind="program" target={program.id} name={program.name} back={localePath(getRequestLocale(), `/centers/${program.center.slug}/${program.slug}`)} />
      </div>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed" lang={contentLang(program.lang)}>{program.description}</p>

      <section aria-labelledby="researchers" className="mt-12">
        <SectionHeading id="researchers">{t("centres.researchers")}</SectionHeading>
        {program.researchers.length ? <PersonList people={program.researchers} /> : <EmptyState title={t("centres.noResearchers")} />}
      </section>

      <section aria-labelledby="publications" className="mt-12">
        <SectionHeading id="publications" action={total > 0 ? <TextLink tone="accent" href={listingHref({ program: program.slug })} size="sm">{t("people.allPublications", { count: total })}</TextLink> : null}>
          {t("centres.latest")}
        </SectionHeading>
        {items.length ? <PublicationList publications={items} back={`/centers/${program.center.slug}/${program.slug}`} /> : <EmptyState title={t("people.noPublications")} />}
      </section>
    </Container>
  );
}
