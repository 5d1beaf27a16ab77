import { PublicationForm } from "@/components/admin/publication-form";
import { requireEditorPage } from "@/lib/editorial/access";
import { listEditorOptions } from "@/lib/editorial/publications";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.create.title");

export default async function NewPublicationPage({ params }: { params: Promise<{ locale: string }> }) {
  await readPageLocale(params);
  await requireEditorPage();
  const t = getPageTranslator();
  const options = await listEditorOptions();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-semibold">{t("admin.create.title")}</h1>
      <p className="mb-6 text-muted">{t("admin.create.intro")}</p>
      <PublicationForm options={options} />
    </>
  );
}
