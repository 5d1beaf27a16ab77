import { listFormats } from "@/lib/formats/registry";
import { getPageTranslator } from "@/lib/i18n/request-locale";

/** A formatted reference and the citation formats offered for it; a <details>, so it needs no JavaScript. */
export function CiteThis({ slug, citation }: { slug: string; citation: string }) {
  const t = getPageTranslator();
  return (
    <details className="mt-6 rounded border border-line bg-white p-4">
      <summary className="cursor-pointer font-medium">{t("analysis.cite")}</summary>
      <p className="mt-3 text-sm" data-testid="formatted-citation">
        {citation}
      </p>
      <p className="mt-3 flex gap-4 text-sm">
        {listFormats({ model: "citation", offeredIn: "cite" }).map((f) => (
          <a key={f.name} href={`/analyses/${slug}/cite/${f.name}`} className="text-accent underline">
            {f.label}
          </a>
        ))}
      </p>
    </details>
  );
}
