import { notFound } from "next/navigation";
import { EditorForm, FieldError, TextInput } from "@/components/admin/editor-form";
import { AuditList } from "@/components/admin/audit-list";
import { PublicationForm } from "@/components/admin/publication-form";
import { ScheduleTimezone } from "@/components/admin/schedule-timezone";
import { StatusBadge } from "@/components/admin/status-badge";
import { SavedFlash } from "@/components/admin/saved-flash";
import { ImageUpload } from "@/components/admin/image-upload";
import { Cover } from "@/components/analysis/cover";
import { hasCustomCover } from "@/lib/covers/render-cover";
import { listAuditEntries } from "@/lib/editorial/audit";
import { requireEditorPage } from "@/lib/editorial/access";
import { listEditorOptions, listTranslations, readEditorialPublication } from "@/lib/editorial/publications";
import { languageLabel } from "@/lib/format";
import { env } from "@/lib/env";
import { formatBytes } from "@/lib/format";
import { isRecordId } from "@/lib/validations/slug";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { getTranslator } from "@/lib/i18n/translate";

export const metadata = { title: "Edit publication" };

const SAVED: Record<string, string> = {
  created: "The draft was created.",
  updated: "Your changes were saved.",
  publish: "The publication is on the site.",
  unpublish: "The publication is off the site; it is a draft again.",
  schedule: "The publication is scheduled.",
  pdf: "The PDF was stored.",
  cover: "The cover was changed.",
  translation: "The translations were changed.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditPublicationPage({ params, searchParams }: Props) {
  await requireEditorPage();
  const { id } = await params;
  const publication = isRecordId(id) ? await readEditorialPublication({ id }) : null;
  if (!publication) notFound();
  const [options, history, translations, { saved }] = await Promise.all([listEditorOptions(), listAuditEntries({ entityType: "publication", entityId: id }), listTranslations({ id }), searchParams]);
  const status = `/api/admin/publications/${id}/status`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">{publication.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <StatusBadge status={publication.status} scheduledAt={publication.scheduledAt} />
            {publication.status === "PUBLISHED" ? (
              <TextLink href={`/analyses/${publication.slug}`}>View on the site</TextLink>
            ) : null}
            <TextLink href={`/admin/publications/${id}/preview`}>Preview</TextLink>
          </p>
        </div>
      </div>
      {saved && SAVED[saved] ? <SavedFlash>{SAVED[saved]}</SavedFlash> : null}

      <section aria-labelledby="publishing" className="mt-8 rounded border border-line bg-white p-4">
        <h2 id="publishing" className="font-semibold">Publishing</h2>
        <div className="mt-3 flex flex-wrap items-end gap-6">
          {publication.status !== "PUBLISHED" ? (
            <EditorForm action={status}>
              <input type="hidden" name="intent" value="publish" />
              <Button>Publish now</Button>
            </EditorForm>
          ) : (
            <EditorForm action={status}>
              <input type="hidden" name="intent" value="unpublish" />
              <Button variant="secondary">Unpublish</Button>
            </EditorForm>
          )}
          <EditorForm action={status} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="schedule" />
            <ScheduleTimezone />
            <TextInput label="Publish at (your local time; UTC without JavaScript)" name="scheduledAt" type="datetime-local" />
            <Button variant="secondary">Schedule</Button>
          </EditorForm>
        </div>
      </section>

      <section aria-labelledby="pdf" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="pdf" className="font-semibold">Full text (PDF)</h2>
        <p className="mt-1 text-sm text-muted">
          {publication.pdfKey ? `Current file: ${getTranslator()("counts.pages", { count: publication.pdfPages ?? 0 })}, ${formatBytes(publication.pdfSize ?? 0)}, SHA-256 ${publication.pdfSha256?.slice(0, 12)}…` : "No PDF yet."} Up to {env.PDF_UPLOAD_MAX_MB} MB.
        </p>
        <EditorForm action={`/api/admin/publications/${id}/pdf`} encType="multipart/form-data" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="version" value={publication.version} />
          <div>
            <label htmlFor="f-pdf" className="block font-medium">{publication.pdfKey ? "Replace the PDF" : "Upload the PDF"}</label>
            <input id="f-pdf" type="file" name="pdf" accept="application/pdf,.pdf" className="mt-1 block" />
            <FieldError name="pdf" />
          </div>
          <Button variant="secondary">Upload</Button>
        </EditorForm>
      </section>

      <section aria-labelledby="cover" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="cover" className="font-semibold">Cover</h2>
        <p className="mt-1 text-sm text-muted">
          {hasCustomCover(publication) ? "An uploaded image." : publication.coverSha256 ? "The PDF's first page." : "None yet: the PDF's first page becomes the cover when a PDF is stored."} Cards, the page and the sharing image show it, cropped to the A4 page&apos;s shape.
        </p>
        <ImageUpload
          action={`/api/admin/publications/${id}/cover`}
          version={publication.version}
          label={publication.coverSha256 ? "Replace the cover" : "Upload a cover"}
          preview={publication.coverSha256 ? <Cover sha256={publication.coverSha256} title={publication.title} width={96} eager className="w-24" /> : null}
          removeLabel={hasCustomCover(publication) ? (publication.pdfSha256 ? "Use the PDF's first page" : "Remove the cover") : undefined}
        />
      </section>

      <section aria-labelledby="translations" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="translations" className="font-semibold">Translations</h2>
        {translations.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {translations.map((t) => (
              <li key={t.id}>
                {languageLabel(t.language)}: <TextLink tone="accent" href={`/admin/publications/${t.id}`}>{t.title}</TextLink> <span className="text-muted">({t.status.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-muted">None. Each page links its published translations, and search engines are told they are the same work.</p>
        )}
        <EditorForm action={`/api/admin/publications/${id}/translation`} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="link" />
          <TextInput label="Translation to link" name="translation" hint="Its slug, as in its address: /analyses/this-part." maxLength={200} />
          <Button variant="secondary">Link</Button>
        </EditorForm>
        {translations.length ? (
          <EditorForm action={`/api/admin/publications/${id}/translation`} className="mt-3">
            <input type="hidden" name="intent" value="unlink" />
            <Button variant="secondary">Unlink this publication from its translations</Button>
          </EditorForm>
        ) : null}
      </section>

      <section aria-labelledby="details" className="mt-10">
        <h2 id="details" className="mb-4 font-serif text-2xl font-semibold">Details</h2>
        <PublicationForm options={options} publication={publication} />
      </section>

      <section aria-labelledby="history" className="mt-12">
        <h2 id="history" className="mb-4 font-serif text-2xl font-semibold">History</h2>
        <AuditList entries={history.entries} />
      </section>

      <section aria-labelledby="delete" className="mt-12 rounded border border-red-200 bg-white p-4">
        <h2 id="delete" className="font-semibold">Delete</h2>
        {publication.status === "PUBLISHED" ? (
          <p className="mt-1 text-sm text-muted">A published publication can&apos;t be deleted. Unpublish it first.</p>
        ) : (
          <EditorForm action={`/api/admin/publications/${id}/delete`} className="mt-2 space-y-3">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirm" value="delete" /> Yes, delete this publication, its PDF and its download history for good.
            </label>
            <FieldError name="confirm" />
            <Button variant="danger">Delete</Button>
          </EditorForm>
        )}
      </section>
    </>
  );
}
