import { DownloadReady } from "@/components/analysis/download-ready";
import { DownloadButton } from "@/components/analysis/download-button";
import { Link } from "@/components/ui/locale-link";
import { buttonVariants } from "@/components/ui/button";
import { formatBytes } from "@/lib/format";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";

type Pdf = { size: number; pages: number };

/** The same HTML for every visitor: the gate is on the download route, not in this page. */
export function DownloadBlock({ slug, pdf }: { slug: string; pdf: Pdf | null }) {
  const locale = getRequestLocale();
  const t = getPageTranslator();
  return (
    // gated-full-text: the element the page's JSON-LD marks as not free (Google's paywall markup).
    <section aria-labelledby="download" className="gated-full-text mt-12 rounded border border-accent bg-accent-soft p-6">
      {pdf ? <DownloadReady slug={slug} /> : null}
      <h2 id="download" className="text-xl font-semibold tracking-tight">
        {t("analysis.downloadTitle")}
      </h2>
      {pdf ? (
        <>
          <p className="mt-2">
            {t("analysis.downloadText", { pages: t("counts.pages", { count: pdf.pages }), size: formatBytes(pdf.size, locale) })}
          </p>
          <p className="mt-1 text-sm text-muted">{t("analysis.downloadAccount")}</p>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <DownloadButton slug={slug} />
            <Link href={`/analyses/${slug}/read`} prefetch={false} className={buttonVariants({ variant: "secondary" })}>
              {t("analysis.readOnline")}
            </Link>
          </div>
        </>
      ) : (
        <p className="mt-2">{t("analysis.noPdf")}</p>
      )}
    </section>
  );
}
