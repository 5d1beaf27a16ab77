import { SelectField } from "@/components/ui/select-field";
import { languageLabel, PUBLICATION_TYPES, typeLabel } from "@/lib/format";
import type { FilterKey, ListingFilters } from "@/lib/validations/listing";
import { Button } from "@/components/ui/button";
import { localePath } from "@/lib/i18n/paths";
import { contentLang, getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";

/** `group`: the heading it is listed under (a programme's centre); `lang`: the label's, where it is not the page's. */
type Option = { value: string; label: string; group?: string; parent?: string; lang?: string };
export type FilterChoices = Record<FilterKey, Option[]>;

type Named = { slug: string; name: string; lang?: string };

// The form's order.
const KEYS: FilterKey[] = ["center", "program", "topic", "region", "author", "type", "language", "year"];

export function buildFilterChoices(options: {
  centers: Array<Named & { programs: Named[] }>;
  topics: Named[];
  regions: Named[];
  authors: Array<{ slug: string; name: string }>;
  years: number[];
  languages: string[];
}): FilterChoices {
  // Alphabetical in the page's language: "Énergie" files under E in French.
  const collator = new Intl.Collator(getRequestLocale());
  const named = (rows: Named[]) => rows.map((r) => ({ value: r.slug, label: r.name, lang: contentLang(r.lang) })).sort((a, b) => collator.compare(a.label, b.label));
  return {
    center: named(options.centers),
    program: options.centers.flatMap((c) => named(c.programs).map((p) => ({ ...p, group: c.name, parent: c.slug }))),
    topic: named(options.topics),
    region: named(options.regions),
    author: named(options.authors),
    type: PUBLICATION_TYPES.map((t) => ({ value: t, label: typeLabel(t, getRequestLocale()) })),
    language: options.languages.map((l) => ({ value: l, label: languageLabel(l, getRequestLocale()) })),
    year: options.years.map((y) => ({ value: String(y), label: String(y) })),
  };
}

/** The fold's summary on small screens: its label, with how many filters are on. */
export function filterSummary(filters: ListingFilters, label = getPageTranslator()("listing.filters")) {
  const on = KEYS.filter((k) => filters[k] !== undefined).length;
  return on ? getPageTranslator()("listing.filtersOn", { label, count: on }) : label;
}

export function filterLabel(key: FilterKey) {
  return getPageTranslator()(`filters.${key}`);
}

/**
 * A plain GET form: filtering works without JavaScript. With a centre chosen, the programme list
 * holds that centre's programmes only; otherwise they are grouped under their centres.
 */
export function FilterForm({ filters, choices }: { filters: ListingFilters; choices: FilterChoices }) {
  const t = getPageTranslator();
  const optionsFor = (key: FilterKey) => (key === "program" && filters.center ? choices.program.filter((o) => o.parent === filters.center || o.value === filters.program) : choices[key]);
  return (
    <form method="get" action={localePath(getRequestLocale(), "/analyses")} aria-label={t("listing.filterForm")} className="rounded border border-line bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        {KEYS.map((key) => (
          <SelectField key={key} id={`filter-${key}`} name={key} label={filterLabel(key)} allLabel={t("listing.any")} options={optionsFor(key)} value={filters[key] !== undefined ? String(filters[key]) : undefined} />
        ))}
      </div>
      <Button className="mt-4 w-full py-2">
        {t("listing.apply")}
      </Button>
    </form>
  );
}
