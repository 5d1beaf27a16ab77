import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { listCenters } from "@/lib/centers/queries";
import { env } from "@/lib/env";
import { listFeaturedPublications, listLatestPublications } from "@/lib/publications/queries";
import { feedPath } from "@/lib/validations/listing";
import { pageMetadata } from "@/lib/seo";
import { TextLink } from "@/components/ui/link";
import { contentLang, getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";

export const revalidate = 86400;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  return pageMetadata({
    title: env.SITE_NAME,
    description: t("home.description", { site: env.SITE_NAME }),
    locale,
    path: "/",
    feed: { path: feedPath(), title: t("feeds.all") },
  });
}

export default async function HomePage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const featured = await listFeaturedPublications({ take: 3 });
  const [latest, centers] = await Promise.all([listLatestPublications({ take: 6, excludeIds: featured.map((p) => p.id) }), listCenters()]);
  return (
    <Container>
      <h1 className="max-w-3xl font-serif text-3xl font-semibold leading-tight sm:text-4xl">{t("home.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{t("home.intro")}</p>
      <div className="mt-10 grid gap-12 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {featured.length ? (
            <section aria-labelledby="featured" className="mb-12">
              <SectionHeading id="featured">{t("home.featured")}</SectionHeading>
              <PublicationList publications={featured} back="/" />
            </section>
          ) : null}
          <section aria-labelledby="latest">
            <SectionHeading id="latest" action={<TextLink tone="accent" href="/analyses" size="sm">{t("home.allAnalyses")}</TextLink>}>
              {t("home.latest")}
            </SectionHeading>
            {latest.length || featured.length ? (
              <PublicationList publications={latest} back="/" />
            ) : (
              <EmptyState title={t("home.emptyTitle")}>{t.rich("home.emptyText", { code: (chunks) => <code>{chunks}</code> })}</EmptyState>
            )}
          </section>
        </div>
        <section aria-labelledby="centers">
          <SectionHeading id="centers">{t("home.centres")}</SectionHeading>
          <ul className="space-y-4">
            {centers.map((c) => (
              <li key={c.slug} className="rounded border border-line bg-white p-4">
                <TextLink tone="accent" href={`/centers/${c.slug}`} className="font-semibold" lang={contentLang(c.lang)}>
                  {c.name}
                </TextLink>
                <p className="mt-1 text-sm text-muted">{t("centres.summary", { publications: c._count.publications, programmes: c.programs.length })}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Container>
  );
}
