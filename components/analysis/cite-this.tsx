import { getPageTranslator } from "@/lib/i18n/request-locale";

/** A formatted reference and the two machine formats; a <details>, so it needs no JavaScript. */
export function CiteThis({ slug, citation }: { slug: string; citation: string }) {
  const t = getPageTranslator();
  return (
    <details className="mt-6 rounded border border-line bg-white p-4">
      <summary className="cursor-pointer font-medium">{t("analysis.cite")}</summary>
      <p className="mt-3 text-sm" data-testid="formatted-citation">
        {citation}
      </p>
      <p className="mt-3 flex gap-4 text-sm">
        <a href={`/analyses/${slug}/cite/bibtex`} className="text-accent underline">BibTeX</a>
        <a href={`/analyses/${slug}/cite/ris`} className="text-accent underline">RIS</a>
      </p>
    </details>
  );
}
