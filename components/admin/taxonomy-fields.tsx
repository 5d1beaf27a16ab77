import { SelectInput, TextArea, TextInput } from "@/components/admin/editor-form";
import { languageLabel } from "@/lib/format";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";
import type { TaxonomyKind } from "@/lib/validations/editorial";
import { readLocalizedTexts, TRANSLATION_LOCALES } from "@/lib/i18n/localized-texts";
import { LOCALIZED_FIELDS, localizedFieldName, type LocalizedKind } from "@/lib/validations/localized";

type Values = Record<string, unknown> | null;
const str = (v: Values, k: string) => (v && typeof v[k] === "string" ? (v[k] as string) : "");

/** The fields of one kind of catalogue item; the same set creates and edits. */
export function TaxonomyFields({ kind, values, centers }: { kind: TaxonomyKind; values: Values; centers: Array<{ id: string; name: string }> }) {
  const t = getPageTranslator();
  const centerOptions = centers.map((c) => ({ value: c.id, label: c.name }));
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label={t("admin.form.name")} name="name" defaultValue={str(values, "name")} maxLength={200} required />
        <TextInput label={t("admin.form.slug")} name="slug" defaultValue={str(values, "slug")} maxLength={100} hint={t("admin.form.slugHint")} required />
      </div>
      {kind === "authors" ? (
        <>
          <TextInput label={t("admin.form.role")} name="role" defaultValue={str(values, "role")} maxLength={300} />
          <TextInput label={t("admin.form.orcid")} name="orcid" defaultValue={str(values, "orcid")} maxLength={300} hint={t("admin.form.orcidHint")} />
          <TextArea label={t("admin.form.bio")} name="bio" defaultValue={str(values, "bio")} maxLength={5000} rows={5} />
          <SelectInput label={t("admin.form.centre")} name="centerId" defaultValue={str(values, "centerId")} placeholder={t("admin.form.noCentre")} options={centerOptions} />
        </>
      ) : null}
      {kind === "centers" || kind === "programs" ? <TextArea label={t("admin.form.description")} name="description" defaultValue={str(values, "description")} maxLength={5000} rows={5} /> : null}
      {kind === "programs" ? <SelectInput label={t("admin.form.centre")} name="centerId" defaultValue={str(values, "centerId")} placeholder={t("admin.form.chooseCentre")} options={centerOptions} /> : null}
      {TRANSLATION_LOCALES.map((locale) => (
        <TranslatedFields key={locale} kind={LOCALIZED_KIND[kind]} locale={locale} texts={readLocalizedTexts(values?.localized)[locale] ?? {}} />
      ))}
    </div>
  );
}

const LOCALIZED_KIND: Record<TaxonomyKind, LocalizedKind> = { authors: "author", centers: "center", programs: "program", topics: "topic", regions: "region" };

/** The item's texts in another interface language; left empty, its pages show the catalogue's own. */
function TranslatedFields({ kind, locale, texts }: { kind: LocalizedKind; locale: (typeof TRANSLATION_LOCALES)[number]; texts: Record<string, string> }) {
  const t = getPageTranslator();
  const language = languageLabel(locale, getRequestLocale());
  return (
    <fieldset className="space-y-4 rounded border border-line p-4">
      <legend className="px-1 font-semibold">{t("admin.form.inLanguage", { language })}</legend>
      <p className="text-sm text-muted">
        {t("admin.form.translatedNote", { language })}
      </p>
      {LOCALIZED_FIELDS[kind].map((field) =>
        field === "description" || field === "bio" ? (
          <TextArea key={field} label={t("admin.form.translatedLabel", { field: t(`admin.form.${field}`), language })} name={localizedFieldName(field, locale)} defaultValue={texts[field] ?? ""} maxLength={5000} rows={5} lang={locale} />
        ) : (
          <TextInput key={field} label={t("admin.form.translatedLabel", { field: t(`admin.form.${field}`), language })} name={localizedFieldName(field, locale)} defaultValue={texts[field] ?? ""} maxLength={field === "role" ? 300 : field === "name" && (kind === "topic" || kind === "region") ? 100 : 200} lang={locale} />
        ),
      )}
    </fieldset>
  );
}
