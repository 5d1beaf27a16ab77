import { notFound } from "next/navigation";
import { EditorForm, SelectInput } from "@/components/admin/editor-form";
import { TaxonomyFields } from "@/components/admin/taxonomy-fields";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { requireEditorPage } from "@/lib/editorial/access";
import { listCenterChoices, listTaxonomy } from "@/lib/editorial/taxonomy";
import { isTaxonomyKind } from "@/lib/validations/taxonomy-kind";
import { countFollowers, FOLLOW_KIND_OF_TAXONOMY } from "@/lib/alerts/subscriptions";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";

type Props = { params: Promise<{ locale: string; kind: string }>; searchParams: Promise<{ saved?: string; moved?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">) {
  await readPageLocale(params);
  const { kind } = await params;
  return { title: isTaxonomyKind(kind) ? getPageTranslator()(`admin.kinds.${kind}.title`) : undefined };
}

export default async function TaxonomyPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  await requireEditorPage();
  const t = getPageTranslator();
  const { kind } = await params;
  if (!isTaxonomyKind(kind)) notFound();
  const [rows, centers, followers, { saved, moved }] = await Promise.all([listTaxonomy({ kind }), listCenterChoices(), countFollowers({ kind: FOLLOW_KIND_OF_TAXONOMY[kind] }), searchParams]);
  const notices: Record<string, string> = {
    created: t(`admin.kinds.${kind}.created`),
    deleted: t(`admin.kinds.${kind}.deleted`),
    merged: t("admin.taxonomy.merged", { count: Number(moved) || 0 }),
  };
  const options = rows.map((r) => ({ value: r.id, label: r.name }));
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t(`admin.kinds.${kind}.title`)}</h1>
      {saved && notices[saved] ? <Notice tone="success" className="mt-4">{notices[saved]}</Notice> : null}
      {rows.length ? (
        <ul className="mt-6 divide-y divide-line rounded border border-line bg-white">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
              <TextLink tone="accent" href={`/admin/${kind}/${r.id}`}>
                {r.name}
                {"center" in r && r.center ? <span className="text-muted"> ({(r.center as { name: string }).name})</span> : null}
              </TextLink>
              <span className="text-sm text-muted">
                {t("counts.publications", { count: r._count.publications })} · {t("counts.followers", { count: followers.get(r.id) ?? 0 })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t(`admin.kinds.${kind}.empty`)} className="mt-6">{t("admin.taxonomy.emptyText")}</EmptyState>
      )}

      <section aria-labelledby="create" className="mt-10 rounded border border-line bg-white p-4">
        <h2 id="create" className="mb-4 font-semibold">{t(`admin.kinds.${kind}.new`)}</h2>
        <EditorForm action={`/api/admin/${kind}`} className="space-y-4">
          <TaxonomyFields kind={kind} values={null} centers={centers} />
          <Button>{t("admin.taxonomy.create")}</Button>
        </EditorForm>
      </section>

      {kind === "topics" || kind === "regions" ? (
        <section aria-labelledby="merge" className="mt-8 rounded border border-line bg-white p-4">
          <h2 id="merge" className="font-semibold">{t(`admin.kinds.${kind}.merge`)}</h2>
          <p className="mt-1 text-sm text-muted">{t("admin.taxonomy.mergeText")}</p>
          <EditorForm action={`/api/admin/${kind}/merge`} className="mt-3 grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <SelectInput label={t("admin.taxonomy.keep")} name="keepId" placeholder={t("admin.taxonomy.choose")} options={options} />
            <SelectInput label={t("admin.taxonomy.mergeInto")} name="mergeId" placeholder={t("admin.taxonomy.choose")} options={options} />
            <Button variant="secondary">{t("admin.taxonomy.merge")}</Button>
          </EditorForm>
        </section>
      ) : null}
    </>
  );
}
