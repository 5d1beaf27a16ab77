import { Link } from "@/components/ui/locale-link";
import { notFound } from "next/navigation";
import { AnalysisArticle } from "@/components/analysis/analysis-article";
import { requireEditorPage } from "@/lib/editorial/access";
import { readPublicationPreview } from "@/lib/editorial/publications";
import { listRelatedPublications } from "@/lib/publications/queries";
import { isRecordId } from "@/lib/validations/slug";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.previewPage.title");

export default async function PreviewPublicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await readPageLocale(params);
  await requireEditorPage();
  const t = getPageTranslator();
  const { id } = await params;
  const publication = isRecordId(id) ? await readPublicationPreview({ id }) : null;
  if (!publication) notFound();
  const related = await listRelatedPublications({ id });
  return (
    <>
      <div role="status" className="mb-6 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
        {t("admin.previewPage.banner", { status: t(`admin.status.${publication.status}`).toLowerCase() })}{" "}
        <Link href={`/admin/publications/${id}`} className="underline">{t("admin.previewPage.back")}</Link>
      </div>
      <AnalysisArticle publication={publication} related={related} />
    </>
  );
}
