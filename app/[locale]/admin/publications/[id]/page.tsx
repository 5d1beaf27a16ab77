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
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.edit.title");

const SAVED = ["created", "updated", "publish", "unpublish", "schedule", "pdf", "cover", "translation"] as const;
const isSaved = (v: string | undefined): v is (typeof SAVED)[number] => (SAVED as readonly string[]).includes(v ?? "");

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditPublicationPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  await requireEditorPage();
  const t = getPageTranslator();
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
              <TextLink href={`/analyses/${publication.slug}`}>{t("admin.edit.view")}</TextLink>
            ) : null}
            <TextLink href={`/admin/publications/${id}/preview`}>{t("admin.edit.preview")}</TextLink>
            {publication.status === "PUBLISHED" && publication.doi ? (
              <a className="text-accent underline" href={`/api/admin/crossref?id=${id}`} download>{t("admin.edit.crossref")}</a>
            ) : null}
          </p>
        </div>
      </div>
      {isSaved(saved) ? <SavedFlash>{t(`admin.edit.saved.${saved}`)}</SavedFlash> : null}

      <section aria-labelledby="publishing" className="mt-8 rounded border border-line bg-white p-4">
        <h2 id="publishing" className="font-semibold">{t("admin.edit.publishing")}</h2>
        <div className="mt-3 flex flex-wrap items-end gap-6">
          {publication.status !== "PUBLISHED" ? (
            <EditorForm action={status}>
              <input type="hidden" name="intent" value="publish" />
              <Button>{t("admin.edit.publishNow")}</Button>
            </EditorForm>
          ) : (
            <EditorForm action={status}>
              <input type="hidden" name="intent" value="unpublish" />
              <Button variant="secondary">{t("admin.edit.unpublish")}</Button>
            </EditorForm>
          )}
          <EditorForm action={status} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="schedule" />
            <ScheduleTimezone />
            <TextInput label={t("admin.edit.publishAt")} name="scheduledAt" type="datetime-local" />
            <Button variant="secondary">{t("admin.edit.schedule")}</Button>
          </EditorForm>
        </div>
      </section>

      <section aria-labelledby="pdf" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="pdf" className="font-semibold">{t("admin.edit.pdf")}</h2>
        <p className="mt-1 text-sm text-muted">
          {publication.pdfKey ? t("admin.edit.currentFile", { pages: t("counts.pages", { count: publication.pdfPages ?? 0 }), size: formatBytes(publication.pdfSize ?? 0, locale), hash: publication.pdfSha256?.slice(0, 12) ?? "" }) : t("admin.edit.noPdf")} {t("admin.edit.upTo", { mb: env.PDF_UPLOAD_MAX_MB })}
        </p>
        <EditorForm action={`/api/admin/publications/${id}/pdf`} encType="multipart/form-data" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="version" value={publication.version} />
          <div>
            <label htmlFor="f-pdf" className="block font-medium">{publication.pdfKey ? t("admin.edit.replacePdf") : t("admin.edit.uploadPdf")}</label>
            <input id="f-pdf" type="file" name="pdf" accept="application/pdf,.pdf" className="mt-1 block" />
            <FieldError name="pdf" />
          </div>
          <Button variant="secondary">{t("admin.edit.upload")}</Button>
        </EditorForm>
      </section>

      <section aria-labelledby="cover" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="cover" className="font-semibold">{t("admin.edit.cover")}</h2>
        <p className="mt-1 text-sm text-muted">
          {hasCustomCover(publication)
            ? t("admin.edit.coverUploaded")
            : publication.coverSha256
              ? t("admin.edit.coverFirstPage")
              : publication.coverError
                ? t("admin.edit.coverFailed", { reason: publication.coverError })
                : publication.pdfSha256
                  ? t("admin.edit.coverMaking")
                  : t("admin.edit.coverNone")}{" "}
          {t("admin.edit.coverNote")}
        </p>
        <ImageUpload
          action={`/api/admin/publications/${id}/cover`}
          version={publication.version}
          label={publication.coverSha256 ? t("admin.edit.replaceCover") : t("admin.edit.uploadCover")}
          preview={publication.coverSha256 ? <Cover sha256={publication.coverSha256} title={publication.title} width={96} eager className="w-24" /> : null}
          removeLabel={hasCustomCover(publication) ? (publication.pdfSha256 ? t("admin.edit.useFirstPage") : t("admin.edit.removeCover")) : undefined}
        />
      </section>

      <section aria-labelledby="translations" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="translations" className="font-semibold">{t("admin.edit.translations")}</h2>
        {translations.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {translations.map((tr) => (
              <li key={tr.id}>
                {t("admin.edit.languageColon", { language: languageLabel(tr.language, locale) })} <TextLink tone="accent" href={`/admin/publications/${tr.id}`}>{tr.title}</TextLink> <span className="text-muted">{t("admin.edit.translationStatus", { status: t(`admin.status.${tr.status}`).toLowerCase() })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-muted">{t("admin.edit.translationsNone")}</p>
        )}
        <EditorForm action={`/api/admin/publications/${id}/translation`} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="link" />
          <TextInput label={t("admin.edit.translationLink")} name="translation" hint={t("admin.edit.translationHint")} maxLength={200} />
          <Button variant="secondary">{t("admin.edit.link")}</Button>
        </EditorForm>
        {translations.length ? (
          <EditorForm action={`/api/admin/publications/${id}/translation`} className="mt-3">
            <input type="hidden" name="intent" value="unlink" />
            <Button variant="secondary">{t("admin.edit.unlink")}</Button>
          </EditorForm>
        ) : null}
      </section>

      <section aria-labelledby="details" className="mt-10">
        <h2 id="details" className="mb-4 font-serif text-2xl font-semibold">{t("admin.edit.details")}</h2>
        <PublicationForm options={options} publication={publication} />
      </section>

      <section aria-labelledby="history" className="mt-12">
        <h2 id="history" className="mb-4 font-serif text-2xl font-semibold">{t("admin.edit.history")}</h2>
        <AuditList entries={history.entries} />
      </section>

      <section aria-labelledby="delete" className="mt-12 rounded border border-red-200 bg-white p-4">
        <h2 id="delete" className="font-semibold">{t("admin.edit.delete")}</h2>
        {publication.status === "PUBLISHED" ? (
          <p className="mt-1 text-sm text-muted">{t("admin.edit.deletePublished")}</p>
        ) : (
          <EditorForm action={`/api/admin/publications/${id}/delete`} className="mt-2 space-y-3">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirm" value="delete" /> {t("admin.edit.deleteConfirm")}
            </label>
            <FieldError name="confirm" />
            <Button variant="danger">{t("admin.edit.delete")}</Button>
          </EditorForm>
        )}
      </section>
    </>
  );
}
