import Link from "next/link";

/** Page numbers around the current one, with the first and last always reachable. */
export function pageWindow(page: number, pageCount: number, radius = 2): Array<number | "gap"> {
  const pages = new Set([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | "gap"> = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const link = "inline-flex min-w-10 justify-center rounded border border-line bg-white px-3 py-2 hover:border-accent";
  return (
    <nav aria-label="Pagination" className="mt-8 flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <Link rel="prev" href={hrefFor(page - 1)} className={link}>
          ← Previous
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((p, i) =>
        p === "gap" ? (
          <span key={`gap-${i}`} className="px-1 text-muted" aria-hidden>
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className={`${link} border-accent bg-accent text-white`}>
            {p}
          </span>
        ) : (
          <Link key={p} href={hrefFor(p)} className={link} aria-label={`Page ${p}`}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link rel="next" href={hrefFor(page + 1)} className={link}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
