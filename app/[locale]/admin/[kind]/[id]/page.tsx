import { notFound } from "next/navigation";
import { EditorForm, FieldError } from "@/components/admin/editor-form";
import { TaxonomyFields } from "@/components/admin/taxonomy-fields";
import { ImageUpload } from "@/components/admin/image-upload";
import { SavedFlash } from "@/components/admin/saved-flash";
import { AuthorPhoto } from "@/components/author-photo";
import { requireEditorPage } from "@/lib/editorial/access";
import { listCenterChoices, readTaxonomyItem, TAXONOMY } from "@/lib/editorial/taxonomy";
import { isRecordId } from "@/lib/validations/slug";
import { isTaxonomyKind } from "@/lib/validations/taxonomy-kind";
import { Button } from "@/components/ui/button";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { TextLink } from "@/components/ui/link";

type Props = { params: Promise<{ locale: string; kind: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function TaxonomyItemPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  await requireEditorPage();
  const t = getPageTranslator();
  const { kind, id } = await params;
  if (!isTaxonomyKind(kind) || !isRecordId(id)) notFound();
  const item = await readTaxonomyItem({ kind, id });
  if (!item) notFound();
  const [centers, { saved }] = await Promise.all([listCenterChoices(), searchParams]);
  const meta = TAXONOMY[kind];
  return (
    <>
      <p className="text-sm"><TextLink tone="accent" href={`/admin/${kind}`}>← {t(`admin.kinds.${kind}.title`)}</TextLink></p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{String(item.name)}</h1>
      {meta.publicPath ? <p className="mt-1 text-sm"><TextLink href={`${meta.publicPath}${String(item.slug)}`}>{t("admin.taxonomy.view")}</TextLink></p> : null}
      {saved === "updated" || saved === "photo" ? <SavedFlash>{saved === "photo" ? t("admin.taxonomy.photoChanged") : t("admin.taxonomy.saved")}</SavedFlash> : null}
      <EditorForm action={`/api/admin/${kind}/${id}`} className="mt-6 space-y-4">
        <TaxonomyFields kind={kind} values={item} centers={centers} />
        <Button>{t("admin.form.save")}</Button>
      </EditorForm>
      {kind === "authors" ? (
        <section aria-labelledby="photo" className="mt-8 rounded border border-line bg-white p-4">
          <h2 id="photo" className="font-semibold">{t("admin.taxonomy.photo")}</h2>
          <p className="mt-1 text-sm text-muted">{t("admin.taxonomy.photoNote")}</p>
          <ImageUpload
            action={`/api/admin/authors/${id}/photo`}
            label={item.photoSha256 ? t("admin.taxonomy.replacePhoto") : t("admin.taxonomy.uploadPhoto")}
            preview={<AuthorPhoto name={String(item.name)} sha256={typeof item.photoSha256 === "string" ? item.photoSha256 : null} size={96} />}
            removeLabel={item.photoSha256 ? t("admin.taxonomy.removePhoto") : undefined}
          />
        </section>
      ) : null}
      <section aria-labelledby="delete" className="mt-12 rounded border border-red-200 bg-white p-4">
        <h2 id="delete" className="font-semibold">{t(`admin.kinds.${kind}.deleteTitle`)}</h2>
        <p className="mt-1 text-sm text-muted">{t("admin.taxonomy.deleteNote")}</p>
        <EditorForm action={`/api/admin/${kind}/${id}/delete`} className="mt-2 space-y-3">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" value="delete" /> {t("admin.taxonomy.confirmDelete")}
          </label>
          <FieldError name="confirm" />
          <Button variant="danger">{t("admin.taxonomy.delete")}</Button>
        </EditorForm>
      </section>
    </>
  );
}
