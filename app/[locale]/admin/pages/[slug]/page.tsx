import { notFound } from "next/navigation";
import { EditorForm, TextInput } from "@/components/admin/editor-form";
import { MarkdownField } from "@/components/admin/markdown-field";
import { SavedFlash } from "@/components/admin/saved-flash";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { requireEditorPage } from "@/lib/editorial/access";
import { isSitePageSlug } from "@/lib/site-pages/defaults";
import { getSitePage } from "@/lib/site-pages/site-pages";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.pages.editTitle");

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditSitePage({ params, searchParams }: Props) {
  await readPageLocale(params);
  await requireEditorPage({ level: "admin" });
  const t = getPageTranslator();
  const { slug } = await params;
  if (!isSitePageSlug(slug)) notFound();
  const [page, { saved }] = await Promise.all([getSitePage({ slug }), searchParams]);
  return (
    <>
      <p className="text-sm"><TextLink tone="accent" href="/admin/pages">{t("admin.pages.back")}</TextLink></p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t(`site.pages.${slug}`)}</h1>
      <p className="mt-1 text-sm"><TextLink href={`/${slug}`}>{t("admin.taxonomy.view")}</TextLink></p>
      {saved === "updated" ? <SavedFlash>{t("admin.pages.saved")}</SavedFlash> : null}
      <EditorForm action={`/api/admin/pages/${slug}`} className="mt-6 space-y-4">
        <input type="hidden" name="version" value={page.version} />
        <TextInput label={t("admin.pages.titleField")} name="title" defaultValue={page.title} maxLength={200} required />
        <MarkdownField name="body" label={t("admin.pages.body")} defaultValue={page.body} />
        <Button>{t("admin.pages.save")}</Button>
      </EditorForm>
    </>
  );
}
