import { AuthorPicker } from "@/components/admin/author-picker";
import { CheckboxGroup, EditorForm, SelectInput, TextInput } from "@/components/admin/editor-form";
import { MarkdownField } from "@/components/admin/markdown-field";
import { PUBLICATION_TYPES, isoDate, languageLabel, typeLabel, typeToSlug } from "@/lib/format";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/locales";

// The languages an institute publishes in, most often; a publication in another keeps its own.
const LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "zh", "ja", "ar"];

function languageOptions(locale: Locale, current?: string) {
  const codes = current && !LANGUAGES.includes(current) ? [...LANGUAGES, current] : LANGUAGES;
  return codes.map((code) => ({ value: code, label: `${languageLabel(code, locale)} (${code})` }));
}
import { Button } from "@/components/ui/button";

type Options = {
  centers: Array<{ id: string; name: string }>;
  programs: Array<{ id: string; name: string; center: { name: string } }>;
  authors: Array<{ id: string; name: string }>;
  topics: Array<{ id: string; name: string }>;
  regions: Array<{ id: string; name: string }>;
};

export type PublicationFormValues = {
  id: string;
  version: number;
  title: string;
  slug: string;
  type: string;
  language: string;
  publishedAt: Date;
  series: string | null;
  seriesNumber: number | null;
  doi: string | null;
  summary: string;
  featured: boolean;
  centerId: string;
  authors: Array<{ authorId: string }>;
  programs: Array<{ id: string }>;
  topics: Array<{ id: string }>;
  regions: Array<{ id: string }>;
};

/** Every field of a publication; the same form creates (no `publication`) and edits. */
export function PublicationForm({ options, publication }: { options: Options; publication?: PublicationFormValues }) {
  const p = publication;
  const t = getPageTranslator();
  const locale = getRequestLocale();
  return (
    <EditorForm action={p ? `/api/admin/publications/${p.id}` : "/api/admin/publications"} className="space-y-6">
      {p ? <input type="hidden" name="version" value={p.version} /> : null}
      <TextInput label={t("admin.form.title")} name="title" defaultValue={p?.title} maxLength={500} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label={t("admin.form.slug")} name="slug" defaultValue={p?.slug} maxLength={100} hint={p ? t("admin.form.slugHintEdit") : t("admin.form.slugHintNew")} required followTitle={!p} />
        <SelectInput label={t("admin.form.type")} name="type" defaultValue={p ? typeToSlug(p.type) : "analysis"} options={PUBLICATION_TYPES.map((type) => ({ value: type, label: typeLabel(type, locale) }))} />
        <SelectInput label={t("admin.form.language")} name="language" defaultValue={p?.language ?? "en"} options={languageOptions(locale, p?.language)} />
        <TextInput label={t("admin.form.date")} name="publishedAt" type="date" defaultValue={p ? isoDate(p.publishedAt) : isoDate(new Date())} />
        <TextInput label={t("admin.form.series")} name="series" defaultValue={p?.series ?? ""} maxLength={200} />
        <TextInput label={t("admin.form.seriesNumber")} name="seriesNumber" defaultValue={p?.seriesNumber ? String(p.seriesNumber) : ""} maxLength={6} />
        <TextInput label={t("admin.form.doi")} name="doi" defaultValue={p?.doi ?? ""} maxLength={300} hint={t("admin.form.doiHint")} />
      </div>
      <MarkdownField name="summary" label={t("admin.form.summary")} defaultValue={p?.summary} />
      <AuthorPicker options={options.authors} initial={p?.authors.map((a) => a.authorId) ?? []} />
      <SelectInput label={t("admin.form.centre")} name="centerId" defaultValue={p?.centerId} placeholder={t("admin.form.chooseCentre")} options={options.centers.map((c) => ({ value: c.id, label: c.name }))} />
      <div className="grid gap-4 md:grid-cols-3">
        <CheckboxGroup legend={t("admin.form.programmes")} name="programIds" options={options.programs.map((g) => ({ value: g.id, label: `${g.name} (${g.center.name})` }))} checked={p?.programs.map((x) => x.id) ?? []} />
        <CheckboxGroup legend={t("admin.form.topics")} name="topicIds" options={options.topics.map((x) => ({ value: x.id, label: x.name }))} checked={p?.topics.map((x) => x.id) ?? []} />
        <CheckboxGroup legend={t("admin.form.regions")} name="regionIds" options={options.regions.map((r) => ({ value: r.id, label: r.name }))} checked={p?.regions.map((x) => x.id) ?? []} />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="featured" defaultChecked={p?.featured} /> {t("admin.form.featured")}
      </label>
      <Button>{p ? t("admin.form.save") : t("admin.form.createDraft")}</Button>
    </EditorForm>
  );
}
