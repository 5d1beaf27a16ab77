import { Link } from "@/components/ui/locale-link";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireEditorPage } from "@/lib/editorial/access";
import { listEditorialPublications } from "@/lib/editorial/publications";
import { formatDate, typeLabel } from "@/lib/format";
import { adminListSchema } from "@/lib/validations/editorial";
import { TextLink } from "@/components/ui/link";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.list.title");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPublicationsPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  await requireEditorPage();
  const t = getPageTranslator();
  const raw = await searchParams;
  const query = adminListSchema.parse({ q: raw.q, status: raw.status, page: raw.page });
  const { rows, total, pageCount } = await listEditorialPublications(query);
  const hrefFor = (page: number) => `/admin/publications?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.status ? { status: query.status } : {}), page: String(page) })}`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-semibold">{t("admin.list.title")}</h1>
        <Link href="/admin/publications/new" className="rounded bg-accent px-4 py-2.5 font-medium text-white hover:bg-accent-dark">
          {t("admin.list.new")}
        </Link>
      </div>
      {raw.saved === "deleted" ? <Notice tone="success" className="mt-4">{t("admin.list.deleted")}</Notice> : null}
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">{t("admin.list.query")}</label>
          <Input id="q" name="q" defaultValue={query.q} maxLength={200} width="auto" />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">{t("admin.list.status")}</label>
          <Select id="status" name="status" defaultValue={query.status ?? ""} width="auto">
            <option value="">{t("admin.list.any")}</option>
            <option value="draft">{t("admin.list.draft")}</option>
            <option value="scheduled">{t("admin.list.scheduled")}</option>
            <option value="published">{t("admin.list.published")}</option>
          </Select>
        </div>
        <Button variant="secondary">{t("admin.list.filter")}</Button>
      </form>
      <form method="get" action="/api/admin/crossref" className="mt-4 flex flex-wrap items-end gap-3" aria-label={t("admin.list.crossref")}>
        <div>
          <label htmlFor="crossref-since" className="block text-sm font-medium">{t("admin.list.crossrefSince")}</label>
          <Input id="crossref-since" name="since" type="date" width="auto" />
        </div>
        <Button variant="secondary">{t("admin.list.crossref")}</Button>
      </form>
      <p className="mt-4 text-sm text-muted">{t("counts.publications", { count: total })}</p>
      {rows.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-line text-muted">
              <tr>
                <th className="py-2 pr-3 font-medium">{t("admin.list.colTitle")}</th>
                <th className="py-2 pr-3 font-medium">{t("admin.list.colStatus")}</th>
                <th className="py-2 pr-3 font-medium">{t("admin.list.colType")}</th>
                <th className="py-2 pr-3 font-medium">{t("admin.list.colCentre")}</th>
                <th className="py-2 pr-3 font-medium">{t("admin.list.colDate")}</th>
                <th className="py-2 text-right font-medium">{t("admin.list.colDownloads")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((p) => (
                <tr key={p.id}>
                  <td className="py-2 pr-3">
                    <TextLink tone="accent" href={`/admin/publications/${p.id}`}>{p.title}</TextLink>
                  </td>
                  <td className="py-2 pr-3"><StatusBadge status={p.status} scheduledAt={p.scheduledAt} /></td>
                  <td className="py-2 pr-3">{typeLabel(p.type, locale)}</td>
                  <td className="py-2 pr-3">{p.center.name}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDate(p.publishedAt, locale)}</td>
                  <td className="py-2 text-right tabular-nums">{p._count.downloadEvents.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={t("admin.list.emptyTitle")}>{t("admin.list.emptyText")}</EmptyState>
      )}
      <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
