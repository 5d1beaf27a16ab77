import { AuthorPicker } from "@/components/admin/author-picker";
import { CheckboxGroup, EditorForm, SelectInput, TextInput } from "@/components/admin/editor-form";
import { MarkdownField } from "@/components/admin/markdown-field";
import { PUBLICATION_TYPES, isoDate, languageLabel, typeLabel, typeToSlug } from "@/lib/format";

// The languages an institute publishes in, most often; a publication in another keeps its own.
const LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "zh", "ja", "ar"];

function languageOptions(current?: string) {
  const codes = current && !LANGUAGES.includes(current) ? [...LANGUAGES, current] : LANGUAGES;
  return codes.map((code) => ({ value: code, label: `${languageLabel(code)} (${code})` }));
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
  return (
    <EditorForm action={p ? `/api/admin/publications/${p.id}` : "/api/admin/publications"} className="space-y-6">
      {p ? <input type="hidden" name="version" value={p.version} /> : null}
      <TextInput label="Title" name="title" defaultValue={p?.title} maxLength={500} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label="Slug" name="slug" defaultValue={p?.slug} maxLength={100} hint={p ? "The address: /analyses/<slug>. Changing it on a published analysis keeps the old address working." : "The address: /analyses/<slug>. Filled from the title until you change it."} required followTitle={!p} />
        <SelectInput label="Type" name="type" defaultValue={p ? typeToSlug(p.type) : "analysis"} options={PUBLICATION_TYPES.map((t) => ({ value: t, label: typeLabel(t) }))} />
        <SelectInput label="Language" name="language" defaultValue={p?.language ?? "en"} options={languageOptions(p?.language)} />
        <TextInput label="Publication date" name="publishedAt" type="date" defaultValue={p ? isoDate(p.publishedAt) : isoDate(new Date())} />
        <TextInput label="Series" name="series" defaultValue={p?.series ?? ""} maxLength={200} />
        <TextInput label="Number in the series" name="seriesNumber" defaultValue={p?.seriesNumber ? String(p.seriesNumber) : ""} maxLength={6} />
      </div>
      <MarkdownField name="summary" label="Summary" defaultValue={p?.summary} />
      <AuthorPicker options={options.authors} initial={p?.authors.map((a) => a.authorId) ?? []} />
      <SelectInput label="Centre" name="centerId" defaultValue={p?.centerId} placeholder="Choose a centre…" options={options.centers.map((c) => ({ value: c.id, label: c.name }))} />
      <div className="grid gap-4 md:grid-cols-3">
        <CheckboxGroup legend="Programmes" name="programIds" options={options.programs.map((g) => ({ value: g.id, label: `${g.name} (${g.center.name})` }))} checked={p?.programs.map((x) => x.id) ?? []} />
        <CheckboxGroup legend="Topics" name="topicIds" options={options.topics.map((t) => ({ value: t.id, label: t.name }))} checked={p?.topics.map((x) => x.id) ?? []} />
        <CheckboxGroup legend="Regions" name="regionIds" options={options.regions.map((r) => ({ value: r.id, label: r.name }))} checked={p?.regions.map((x) => x.id) ?? []} />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="featured" defaultChecked={p?.featured} /> Feature on the home page
      </label>
      <Button>{p ? "Save changes" : "Create draft"}</Button>
    </EditorForm>
  );
}
