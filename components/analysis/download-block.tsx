import { DownloadReady } from "@/components/analysis/download-ready";
import { DownloadButton } from "@/components/analysis/download-button";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { formatBytes } from "@/lib/format";

type Pdf = { size: number; pages: number };

/** The same HTML for every visitor: the gate is on the download route, not in this page. */
export function DownloadBlock({ slug, pdf }: { slug: string; pdf: Pdf | null }) {
  return (
    // gated-full-text: the element the page's JSON-LD marks as not free (Google's paywall markup).
    <section aria-labelledby="download" className="gated-full-text mt-12 rounded border border-accent bg-accent-soft p-6">
      {pdf ? <DownloadReady slug={slug} /> : null}
      <h2 id="download" className="text-xl font-semibold tracking-tight">
        Download the full analysis
      </h2>
      {pdf ? (
        <>
          <p className="mt-2">
            This page presents a summary only. The complete analysis is available as a PDF ({pdf.pages} pages, {formatBytes(pdf.size)}).
          </p>
          <p className="mt-1 text-sm text-muted">The full text needs a free reader account: sign in, or create one in a minute.</p>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <DownloadButton slug={slug} />
            <Link href={`/analyses/${slug}/read`} prefetch={false} className={buttonVariants({ variant: "secondary" })}>
              Read online
            </Link>
          </div>
        </>
      ) : (
        <p className="mt-2">The full text of this publication is not available for download.</p>
      )}
    </section>
  );
}
