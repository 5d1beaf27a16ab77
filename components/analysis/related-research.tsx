import { SectionHeading } from "@/components/ui/section-heading";
import { Tag } from "@/components/ui/tag";
import { TextLink } from "@/components/ui/link";
import { contentLang, getPageTranslator } from "@/lib/i18n/request-locale";

type Center = { slug: string; name: string; description: string; lang?: string };
type Program = { slug: string; name: string; lang?: string; center: { slug: string } };

export function RelatedResearch({ center, programs }: { center: Center; programs: Program[] }) {
  const t = getPageTranslator();
  return (
    <section aria-labelledby="related-research" className="mt-12">
      <SectionHeading id="related-research" action={<TextLink tone="accent" href="/centers" size="sm">{t("analysis.allCentres")}</TextLink>}>
        {t("analysis.related")}
      </SectionHeading>
      <h3 className="font-semibold">
        <TextLink tone="accent" href={`/centers/${center.slug}`} lang={contentLang(center.lang)}>
          {center.name}
        </TextLink>
      </h3>
      <p className="mt-1 text-muted" lang={contentLang(center.lang)}>{center.description}</p>
      {programs.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("analysis.programmes")}>
          {programs.map((p) => (
            <li key={p.slug} lang={contentLang(p.lang)}>
              <Tag href={`/centers/${p.center.slug}/${p.slug}`}>{p.name}</Tag>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
