import { formatDate, isoDate, languageLabel, seriesLabel, typeLabel } from "@/lib/format";
import { getRequestLocale } from "@/lib/i18n/request-locale";

export function PublicationMeta({ type, series, seriesNumber, publishedAt, language, showLanguage = false }: {
  type: string;
  series?: string | null;
  seriesNumber?: number | null;
  publishedAt: Date;
  language?: string;
  showLanguage?: boolean;
}) {
  const locale = getRequestLocale();
  const s = seriesLabel(series ?? null, seriesNumber ?? null, locale);
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
      <span className="font-semibold uppercase tracking-wide text-accent">{typeLabel(type, locale)}</span>
      {s ? (
        <>
          <span aria-hidden>·</span>
          <span>{s}</span>
        </>
      ) : null}
      <span aria-hidden>·</span>
      <time dateTime={isoDate(publishedAt)}>{formatDate(publishedAt, locale)}</time>
      {showLanguage && language ? (
        <>
          <span aria-hidden>·</span>
          <span>{languageLabel(language, locale)}</span>
        </>
      ) : null}
    </p>
  );
}
