import { Link } from "@/components/ui/locale-link";
import { notFound } from "next/navigation";
import { AnalysisArticle } from "@/components/analysis/analysis-article";
import { requireEditorPage } from "@/lib/editorial/access";
import { readPublicationPreview } from "@/lib/editorial/publications";
import { listRelatedPublications } from "@/lib/publications/queries";
import { isRecordId } from "@/lib/validations/slug";

export const metadata = { title: "Preview" };

export default async function PreviewPublicationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditorPage();
  const { id } = await params;
  const publication = isRecordId(id) ? await readPublicationPreview({ id }) : null;
  if (!publication) notFound();
  const related = await listRelatedPublications({ id });
  return (
    <>
      <div role="status" className="mb-6 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
        Preview of a {publication.status.toLowerCase()} publication, exactly as readers will see it.{" "}
        <Link href={`/admin/publications/${id}`} className="underline">Back to editing</Link>
      </div>
      <AnalysisArticle publication={publication} related={related} />
    </>
  );
}
