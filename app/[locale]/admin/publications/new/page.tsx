import { PublicationForm } from "@/components/admin/publication-form";
import { requireEditorPage } from "@/lib/editorial/access";
import { listEditorOptions } from "@/lib/editorial/publications";

export const metadata = { title: "New publication" };

export default async function NewPublicationPage() {
  await requireEditorPage();
  const options = await listEditorOptions();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-semibold">New publication</h1>
      <p className="mb-6 text-muted">It is saved as a draft. Add the PDF, preview and publish it from its page.</p>
      <PublicationForm options={options} />
    </>
  );
}
