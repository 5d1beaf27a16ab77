import { formatDate, isoDate, languageLabel, seriesLabel, typeLabel } from "@/lib/format";

export function PublicationMeta({ type, series, seriesNumber, publishedAt, language, showLanguage = false }: {
  type: string;
  series?: string | null;
  seriesNumber?: number | null;
  publishedAt: Date;
  language?: string;
  showLanguage?: boolean;
}) {
  const s = seriesLabel(series ?? null, seriesNumber ?? null);
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
      <span className="font-semibold uppercase tracking-wide text-accent">{typeLabel(type)}</span>
      {s ? (
        <>
          <span aria-hidden>·</span>
          <span>{s}</span>
        </>
      ) : null}
      <span aria-hidden>·</span>
      <time dateTime={isoDate(publishedAt)}>{formatDate(publishedAt)}</time>
      {showLanguage && language ? (
        <>
          <span aria-hidden>·</span>
          <span>{languageLabel(language)}</span>
        </>
      ) : null}
    </p>
  );
}
