import { notFound } from "next/navigation";
import { EditorForm, TextInput } from "@/components/admin/editor-form";
import { MarkdownField } from "@/components/admin/markdown-field";
import { SavedFlash } from "@/components/admin/saved-flash";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { requireEditorPage } from "@/lib/editorial/access";
import { isSitePageSlug, SITE_PAGE_LABELS } from "@/lib/site-pages/defaults";
import { getSitePage } from "@/lib/site-pages/site-pages";

export const metadata = { title: "Edit page" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditSitePage({ params, searchParams }: Props) {
  await requireEditorPage({ level: "admin" });
  const { slug } = await params;
  if (!isSitePageSlug(slug)) notFound();
  const [page, { saved }] = await Promise.all([getSitePage({ slug }), searchParams]);
  return (
    <>
      <p className="text-sm"><TextLink tone="accent" href="/admin/pages">← Pages</TextLink></p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{SITE_PAGE_LABELS[slug]}</h1>
      <p className="mt-1 text-sm"><TextLink href={`/${slug}`}>View on the site</TextLink></p>
      {saved === "updated" ? <SavedFlash>The page was saved; the site shows it now.</SavedFlash> : null}
      <EditorForm action={`/api/admin/pages/${slug}`} className="mt-6 space-y-4">
        <input type="hidden" name="version" value={page.version} />
        <TextInput label="Title" name="title" defaultValue={page.title} maxLength={200} required />
        <MarkdownField name="body" label="Text (Markdown)" defaultValue={page.body} />
        <Button>Save the page</Button>
      </EditorForm>
    </>
  );
}
