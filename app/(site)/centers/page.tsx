import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { listCenters } from "@/lib/centers/queries";
import { pageMetadata } from "@/lib/seo";
import { TextLink } from "@/components/ui/link";
import { getTranslator } from "@/lib/i18n/translate";

export const revalidate = 86400;

export const metadata = pageMetadata({
  title: "Research centres and programmes",
  description: "Our research centres and their programmes, each with its researchers and publications.",
  path: "/centers",
});

export default async function CentersPage() {
  const centers = await listCenters();
  return (
    <Container>
      <h1 className="mb-8 font-serif text-3xl font-semibold">Research centres and programmes</h1>
      {centers.length ? (
        <ul className="grid gap-6 md:grid-cols-2">
          {centers.map((c) => (
            <li key={c.slug} className="rounded border border-line bg-white p-6">
              <h2 className="text-xl font-semibold">
                <TextLink tone="accent" href={`/centers/${c.slug}`}>
                  {c.name}
                </TextLink>
              </h2>
              <p className="mt-2 text-muted">{c.description}</p>
              <p className="mt-2 text-sm text-muted">
                {getTranslator()("centres.people", { publications: c._count.publications, researchers: c._count.authors })}
              </p>
              {c.programs.length ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide">Programmes</h3>
                  <ul className="mt-1 space-y-1">
                    {c.programs.map((p) => (
                      <li key={p.slug}>
                        <TextLink tone="accent" href={`/centers/${c.slug}/${p.slug}`}>
                          {p.name}
                        </TextLink>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No research centres yet" />
      )}
    </Container>
  );
}
