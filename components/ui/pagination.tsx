import { Link } from "@/components/ui/locale-link";
import { cn } from "@/components/ui/cn";
import { getPageTranslator } from "@/lib/i18n/request-locale";

/** Page numbers around the current one, with the first and last always reachable. */
export function pageWindow(page: number, pageCount: number, radius = 2, linkable: (page: number) => boolean = () => true): Array<number | "gap"> {
  const pages = new Set([1, pageCount, page]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].filter((p) => p === page || linkable(p)).sort((a, b) => a - b);
  const out: Array<number | "gap"> = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

type PaginationProps = {
  page: number;
  pageCount: number;
  /** A page's URL, or null for a page that has no link of its own (reached by Previous and Next). */
  hrefFor: (page: number) => string | null;
  /** Where Previous and Next lead, when that is not simply hrefFor(page ∓ 1). */
  prevHref?: string;
  nextHref?: string;
  /** Pages crawlers should not walk (a combination of filters): every link says rel="nofollow". */
  nofollow?: boolean;
};

export function Pagination({ page, pageCount, hrefFor, prevHref, nextHref, nofollow = false }: PaginationProps) {
  const rel = (own?: string) => [own, nofollow ? "nofollow" : undefined].filter(Boolean).join(" ") || undefined;
  if (pageCount <= 1) return null;
  const t = getPageTranslator();
  const prev = page > 1 ? (prevHref ?? hrefFor(page - 1)) : null;
  const next = page < pageCount ? (nextHref ?? hrefFor(page + 1)) : null;
  const link = "inline-flex min-w-10 justify-center rounded border border-line bg-white px-3 py-2 hover:border-accent";
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex flex-wrap items-center gap-2">
      {prev ? (
        <Link rel={rel("prev")} href={prev} className={link}>
          {t("pagination.previous")}
        </Link>
      ) : null}
      {pageWindow(page, pageCount, 2, (p) => hrefFor(p) !== null).map((p, i) =>
        p === "gap" ? (
          <span key={`gap-${i}`} className="px-1 text-muted" aria-hidden>
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className={cn(link, "border-accent bg-accent font-semibold text-white hover:border-accent")}>
            {p}
          </span>
        ) : (
          <Link key={p} href={hrefFor(p)!} rel={rel()} className={link} aria-label={t("pagination.page", { page: p })}>
            {p}
          </Link>
        ),
      )}
      {next ? (
        <Link rel={rel("next")} href={next} className={link}>
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
