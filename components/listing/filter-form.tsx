import { SelectField } from "@/components/ui/select-field";
import { languageLabel, PUBLICATION_TYPES, typeLabel } from "@/lib/format";
import type { FilterKey, ListingFilters } from "@/lib/validations/listing";
import { Button } from "@/components/ui/button";

type Option = { value: string; label: string };
export type FilterChoices = Record<FilterKey, Option[]>;

const LABELS: Record<FilterKey, string> = {
  center: "Centre",
  program: "Programme",
  topic: "Topic",
  region: "Region",
  author: "Author",
  type: "Type",
  language: "Language",
  year: "Year",
};

export function buildFilterChoices(options: {
  centers: Array<{ slug: string; name: string; programs: Array<{ slug: string; name: string }> }>;
  topics: Array<{ slug: string; name: string }>;
  regions: Array<{ slug: string; name: string }>;
  authors: Array<{ slug: string; name: string }>;
  years: number[];
  languages: string[];
}): FilterChoices {
  const named = (rows: Array<{ slug: string; name: string }>) => rows.map((r) => ({ value: r.slug, label: r.name }));
  return {
    center: named(options.centers),
    program: options.centers.flatMap((c) => named(c.programs)),
    topic: named(options.topics),
    region: named(options.regions),
    author: named(options.authors),
    type: PUBLICATION_TYPES.map((t) => ({ value: t, label: typeLabel(t) })),
    language: options.languages.map((l) => ({ value: l, label: languageLabel(l) })),
    year: options.years.map((y) => ({ value: String(y), label: String(y) })),
  };
}

export function filterLabel(key: FilterKey) {
  return LABELS[key];
}

/** A plain GET form: filtering works without JavaScript. */
export function FilterForm({ filters, choices }: { filters: ListingFilters; choices: FilterChoices }) {
  return (
    <form method="get" action="/analyses" aria-label="Filter publications" className="rounded border border-line bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        {(Object.keys(LABELS) as FilterKey[]).map((key) => (
          <SelectField key={key} id={`filter-${key}`} name={key} label={LABELS[key]} options={choices[key]} value={filters[key] !== undefined ? String(filters[key]) : undefined} />
        ))}
      </div>
      <Button className="mt-4 w-full py-2">
        Apply filters
      </Button>
    </form>
  );
}
