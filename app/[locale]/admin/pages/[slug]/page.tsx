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
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { languageLabel } from "@/lib/format";

export const generateMetadata = unindexedPageMetadata("admin.pages.editTitle");

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ saved?: string; language?: string }> };

export default async function EditSitePage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  await requireEditorPage({ level: "admin" });
  const t = getPageTranslator();
  const { slug } = await params;
  if (!isSitePageSlug(slug)) notFound();
  const { saved, language: asked } = await searchParams;
  // The text being edited: the back office's own language unless another is asked for.
  const language = isLocale(asked) ? asked : locale;
  const page = await getSitePage({ slug, locale: language });
  return (
    <>
      <p className="text-sm"><TextLink tone="accent" href="/admin/pages">{t("admin.pages.back")}</TextLink></p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t(`site.pages.${slug}`)}</h1>
      <p className="mt-1 text-sm"><TextLink href={localePath(language, `/${slug}`)}>{t("admin.taxonomy.view")}</TextLink></p>
      <nav aria-label={t("admin.pages.languages")} className="mt-4 flex gap-4 text-sm">
        {LOCALES.map((l) => (
          l === language ? <span key={l} aria-current="page" className="font-semibold">{languageLabel(l, locale)}</span> : <TextLink key={l} tone="accent" href={`/admin/pages/${slug}?language=${l}`}>{languageLabel(l, locale)}</TextLink>
        ))}
      </nav>
      {page.lang !== language ? <p className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm">{t("admin.pages.notWritten", { language: languageLabel(language, locale) })}</p> : null}
      {saved === "updated" ? <SavedFlash>{t("admin.pages.saved")}</SavedFlash> : null}
      <EditorForm action={`/api/admin/pages/${slug}`} className="mt-6 space-y-4">
        <input type="hidden" name="version" value={page.version} />
        <input type="hidden" name="language" value={language} />
        <TextInput label={t("admin.pages.titleField")} name="title" defaultValue={page.title} maxLength={200} required lang={page.lang} />
        <MarkdownField name="body" label={t("admin.pages.body")} defaultValue={page.body} />
        <Button>{t("admin.pages.save")}</Button>
      </EditorForm>
    </>
  );
}
