// Labels and formatting shared by pages and components; pure, so client components may use it too.
export const PUBLICATION_TYPES = ["analysis", "policy-brief", "report", "article", "book-chapter"] as const;
export type PublicationTypeSlug = (typeof PUBLICATION_TYPES)[number];

const TYPE_LABELS: Record<PublicationTypeSlug, string> = {
  analysis: "Analysis",
  "policy-brief": "Policy brief",
  report: "Report",
  article: "Article",
  "book-chapter": "Book chapter",
};

/** The database enum (POLICY_BRIEF) and the URL/import form (policy-brief) of a type. */
export function typeToSlug(type: string): PublicationTypeSlug {
  return type.toLowerCase().replace(/_/g, "-") as PublicationTypeSlug;
}
export function typeFromSlug(slug: PublicationTypeSlug) {
  return slug.toUpperCase().replace(/-/g, "_") as "ANALYSIS" | "POLICY_BRIEF" | "REPORT" | "ARTICLE" | "BOOK_CHAPTER";
}
export function typeLabel(type: string): string {
  return TYPE_LABELS[typeToSlug(type)] ?? type;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
export function languageLabel(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
export function formatDate(d: Date): string {
  return dateFormat.format(d);
}
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function seriesLabel(series: string | null, seriesNumber: number | null): string | null {
  if (!series) return null;
  return seriesNumber != null ? `${series}, No. ${seriesNumber}` : series;
}

/** ASCII slug: accents folded, everything else to hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
