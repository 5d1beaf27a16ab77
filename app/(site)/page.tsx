import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { listCenters } from "@/lib/centers/queries";
import { env } from "@/lib/env";
import { listFeaturedPublications, listLatestPublications } from "@/lib/publications/queries";
import { feedPath } from "@/lib/feeds/build-feed";
import { pageMetadata } from "@/lib/seo";
import { TextLink } from "@/components/ui/link";
import { getTranslator } from "@/lib/i18n/translate";

export const revalidate = 86400;

export const metadata = pageMetadata({
  title: env.SITE_NAME,
  description: `Independent analyses, policy briefs and reports on international affairs from the ${env.SITE_NAME}.`,
  path: "/",
  feed: { path: feedPath(), title: "All analyses" },
});

export default async function HomePage() {
  const featured = await listFeaturedPublications({ take: 3 });
  const [latest, centers] = await Promise.all([listLatestPublications({ take: 6, excludeIds: featured.map((p) => p.id) }), listCenters()]);
  return (
    <Container>
      <h1 className="max-w-3xl font-serif text-3xl font-semibold leading-tight sm:text-4xl">
        Research and analysis on international affairs
      </h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">
        Summaries of every publication are free to read. Full texts are a free account away.
      </p>
      <div className="mt-10 grid gap-12 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {featured.length ? (
            <section aria-labelledby="featured" className="mb-12">
              <SectionHeading id="featured">Featured</SectionHeading>
              <PublicationList publications={featured} back="/" />
            </section>
          ) : null}
          <section aria-labelledby="latest">
            <SectionHeading id="latest" action={<TextLink tone="accent" href="/analyses" size="sm">All analyses →</TextLink>}>
              Latest publications
            </SectionHeading>
            {latest.length || featured.length ? (
              <PublicationList publications={latest} back="/" />
            ) : (
              <EmptyState title="No publications yet">Import a catalogue with <code>npm run import</code> to fill the site.</EmptyState>
            )}
          </section>
        </div>
        <section aria-labelledby="centers">
          <SectionHeading id="centers">Research centres</SectionHeading>
          <ul className="space-y-4">
            {centers.map((c) => (
              <li key={c.slug} className="rounded border border-line bg-white p-4">
                <TextLink tone="accent" href={`/centers/${c.slug}`} className="font-semibold">
                  {c.name}
                </TextLink>
                <p className="mt-1 text-sm text-muted">
                  {getTranslator()("centres.summary", { publications: c._count.publications, programmes: c.programs.length })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Container>
  );
}
