import { notFound } from "next/navigation";
import { EditorForm, SelectInput } from "@/components/admin/editor-form";
import { TaxonomyFields } from "@/components/admin/taxonomy-fields";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { requireEditorPage } from "@/lib/editorial/access";
import { listCenterChoices, listTaxonomy, TAXONOMY } from "@/lib/editorial/taxonomy";
import { isTaxonomyKind } from "@/lib/validations/taxonomy-kind";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { getTranslator } from "@/lib/i18n/translate";

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<{ saved?: string; moved?: string }> };

export default async function TaxonomyPage({ params, searchParams }: Props) {
  await requireEditorPage();
  const { kind } = await params;
  if (!isTaxonomyKind(kind)) notFound();
  const [rows, centers, { saved, moved }] = await Promise.all([listTaxonomy({ kind }), listCenterChoices(), searchParams]);
  const meta = TAXONOMY[kind];
  const notices: Record<string, string> = {
    created: `The ${meta.singular} was created.`,
    deleted: `The ${meta.singular} was deleted.`,
    merged: `Merged: ${Number(moved) || 0} publication(s) moved.`,
  };
  const options = rows.map((r) => ({ value: r.id, label: r.name }));
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{meta.title}</h1>
      {saved && notices[saved] ? <Notice tone="success" className="mt-4">{notices[saved]}</Notice> : null}
      {rows.length ? (
        <ul className="mt-6 divide-y divide-line rounded border border-line bg-white">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
              <TextLink tone="accent" href={`/admin/${kind}/${r.id}`}>
                {r.name}
                {"center" in r && r.center ? <span className="text-muted"> ({(r.center as { name: string }).name})</span> : null}
              </TextLink>
              <span className="text-sm text-muted">{getTranslator()("counts.publications", { count: r._count.publications })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={`No ${meta.title.toLowerCase()} yet`} className="mt-6">Create the first one below.</EmptyState>
      )}

      <section aria-labelledby="create" className="mt-10 rounded border border-line bg-white p-4">
        <h2 id="create" className="mb-4 font-semibold">New {meta.singular}</h2>
        <EditorForm action={`/api/admin/${kind}`} className="space-y-4">
          <TaxonomyFields kind={kind} values={null} centers={centers} />
          <Button>Create</Button>
        </EditorForm>
      </section>

      {kind === "topics" || kind === "regions" ? (
        <section aria-labelledby="merge" className="mt-8 rounded border border-line bg-white p-4">
          <h2 id="merge" className="font-semibold">Merge two {meta.title.toLowerCase()}</h2>
          <p className="mt-1 text-sm text-muted">Every publication of the second moves to the first, and the second is deleted.</p>
          <EditorForm action={`/api/admin/${kind}/merge`} className="mt-3 grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <SelectInput label="Keep" name="keepId" placeholder="Choose…" options={options} />
            <SelectInput label="Merge into it and delete" name="mergeId" placeholder="Choose…" options={options} />
            <Button variant="secondary">Merge</Button>
          </EditorForm>
        </section>
      ) : null}
    </>
  );
}
