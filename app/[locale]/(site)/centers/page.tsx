import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { listCenters } from "@/lib/centers/queries";
import { pageMetadata } from "@/lib/seo";
import { TextLink } from "@/components/ui/link";
import { contentLang, getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";

export const revalidate = 86400;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  return pageMetadata({ title: t("centres.title"), description: t("centres.description"), locale, path: "/centers" });
}

export default async function CentersPage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const centers = await listCenters();
  return (
    <Container>
      <h1 className="mb-8 font-serif text-3xl font-semibold">{t("centres.title")}</h1>
      {centers.length ? (
        <ul className="grid gap-6 md:grid-cols-2">
          {centers.map((c) => (
            <li key={c.slug} className="rounded border border-line bg-white p-6">
              <h2 className="text-xl font-semibold" lang={contentLang(c.lang)}>
                <TextLink tone="accent" href={`/centers/${c.slug}`}>
                  {c.name}
                </TextLink>
              </h2>
              <p className="mt-2 text-muted" lang={contentLang(c.lang)}>{c.description}</p>
              <p className="mt-2 text-sm text-muted">
                {t("centres.people", { publications: c._count.publications, researchers: c._count.authors })}
              </p>
              {c.programs.length ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide">{t("centres.programmes")}</h3>
                  <ul className="mt-1 space-y-1">
                    {c.programs.map((p) => (
                      <li key={p.slug} lang={contentLang(p.lang)}>
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
        <EmptyState title={t("centres.empty")} />
      )}
    </Container>
  );
}
