import { listFormats } from "@/lib/formats/registry";
import { redirect } from "next/navigation";
import { unindexedPageMetadata } from "@/lib/seo";
import { getSession } from "@/lib/auth";
import { LibraryItem } from "@/components/library/library-item";
import { listReadingPositions } from "@/lib/reading/positions";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { listLibrary, listLibraryFacets } from "@/lib/bookmarks/queries";
import { PUBLICATION_TYPES, typeLabel } from "@/lib/format";
import { parseLibraryQuery, type LibraryQuery } from "@/lib/validations/library";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { contentLang, getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { LocaleField } from "@/components/ui/locale-field";
import { localePath } from "@/lib/i18n/paths";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("library.title");

function libraryHref(q: LibraryQuery, page = 1) {
  const qs = new URLSearchParams();
  for (const key of ["center", "topic", "type", "q"] as const) if (q[key]) qs.set(key, q[key]!);
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `/library?${s}` : "/library";
}

const BULK_FORM = "bulk-remove";

export default async function LibraryPage({ params: route, searchParams }: Props) {
  const locale = await readPageLocale(route);
  const t = getPageTranslator();
  const session = await getSession();
  if (!session) redirect(localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(localePath(locale, "/library"))}`));
  const params = await searchParams;
  const query = parseLibraryQuery(params);
  const [result, facets] = await Promise.all([listLibrary({ userId: session.user.id, query }), listLibraryFacets({ userId: session.user.id })]);
  const positions = await listReadingPositions({ userId: session.user.id, publicationIds: result.items.map((i) => i.publication.id) });
  const filtered = !!(query.center || query.topic || query.type || query.q);
  // Where the library's own forms come back to, in this language.
  const here = localePath(locale, libraryHref(query, result.page));
  const removed = Number(params.removed);

  return (
    <Container>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-3xl font-semibold">{t("library.title")}</h1>
        {result.total || filtered ? (
          <p className="text-sm">
            {t("library.export")}{" "}
            {listFormats({ model: "citation", offeredIn: "library" }).map((f, i) => (
              <span key={f.name}>
                {i > 0 ? " · " : null}
                <a href={`/api/library/export?format=${f.name}`} className="text-accent underline">
                  {f.label}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <div className="mt-4 space-y-2">
        {params.saved ? <Notice tone="success">{t("library.saved")}</Notice> : null}
        {removed > 0 ? <Notice tone="success">{t("listing.removed", { count: removed })}</Notice> : null}
        {params.noted ? <Notice tone="success">{t("library.noted")}</Notice> : null}
        {params.error === "none-selected" ? <Notice tone="error">{t("library.noneSelected")}</Notice> : null}
      </div>

      {!result.total && !filtered ? (
        <div className="mt-8">
          <EmptyState title={t("library.emptyTitle")}>
            {t.rich("library.emptyText", { strong: (c) => <strong>{c}</strong> })} <TextLink href="/analyses">{t("library.browse")}</TextLink>.
          </EmptyState>
        </div>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
          <aside>
            <form method="get" action={localePath(locale, "/library")} aria-label={t("library.filter")} className="space-y-3 rounded border border-line bg-white p-4 text-sm">
              <div>
                <label htmlFor="lib-q" className="font-medium">{t("library.titleContains")}</label>
                <input id="lib-q" name="q" type="search" maxLength={200} defaultValue={query.q ?? ""} className="mt-1 block w-full rounded border border-line px-2 py-2" />
              </div>
              <SelectField id="lib-center" name="center" label={t("filters.center")} allLabel={t("listing.any")} value={query.center} options={facets.centers.map((c) => ({ value: c.slug, label: c.name, lang: contentLang(c.lang) }))} />
              <SelectField id="lib-topic" name="topic" label={t("filters.topic")} allLabel={t("listing.any")} value={query.topic} options={facets.topics.map((t) => ({ value: t.slug, label: t.name, lang: contentLang(t.lang) }))} />
              <SelectField id="lib-type" name="type" label={t("filters.type")} allLabel={t("listing.any")} value={query.type} options={PUBLICATION_TYPES.map((type) => ({ value: type, label: typeLabel(type, locale) }))} />
              <Button className="w-full py-2">{t("library.apply")}</Button>
              {filtered ? <TextLink href="/library" className="block text-center">{t("library.clear")}</TextLink> : null}
            </form>
          </aside>
          <section aria-labelledby="saved">
            <h2 id="saved" className="sr-only">{t("library.savedHeading")}</h2>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p role="status" className="text-sm text-muted">
                {result.total
                  ? t("listing.saved", { count: result.total, page: result.page, pageCount: result.pageCount })
                  : t("library.noMatch")}
              </p>
              {result.items.length ? (
                <form id={BULK_FORM} method="post" action="/api/library/remove">
                  <LocaleField />
                  <input type="hidden" name="back" value={here} />
                  <Button variant="danger-outline" size="sm" className="py-1.5">{t("library.removeSelected")}</Button>
                </form>
              ) : null}
            </div>
            {result.items.map((item) => (
              <LibraryItem key={item.id} item={item} back={here} bulkFormId={BULK_FORM} readingPage={positions.get(item.publication.id)} />
            ))}
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => libraryHref(query, p)} />
          </section>
        </div>
      )}
    </Container>
  );
}
