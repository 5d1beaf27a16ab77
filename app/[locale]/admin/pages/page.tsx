import { requireEditorPage } from "@/lib/editorial/access";
import { formatDate, languageLabel } from "@/lib/format";
import { listSitePages } from "@/lib/site-pages/site-pages";
import { TextLink } from "@/components/ui/link";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.pages.title");

export default async function SitePagesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  await requireEditorPage({ level: "admin" });
  const pages = await listSitePages();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("admin.pages.title")}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t("admin.pages.intro")}</p>
      <ul className="mt-6 divide-y divide-line rounded border border-line bg-white">
        {pages.map((p) => (
          <li key={p.slug} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
            <span>
              <TextLink tone="accent" href={`/admin/pages/${p.slug}`} className="font-semibold">{t(`site.pages.${p.slug}`)}</TextLink>
              <span className="ml-2 text-sm text-muted">/{p.slug}</span>
            </span>
            <span className="text-sm text-muted">{p.updatedAt ? `${t("admin.pages.edited", { date: formatDate(p.updatedAt, locale) })} · ${p.locales.map((l) => languageLabel(l, locale)).join(", ")}` : t("admin.pages.sample")}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
