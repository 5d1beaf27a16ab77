import { AuditList } from "@/components/admin/audit-list";
import { Pagination } from "@/components/ui/pagination";
import { requireEditorPage } from "@/lib/editorial/access";
import { listAuditEntries } from "@/lib/editorial/audit";
import { adminListSchema } from "@/lib/validations/editorial";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.audit.title");

export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await readPageLocale(params);
  const t = getPageTranslator();
  await requireEditorPage({ level: "admin" });
  const { page } = adminListSchema.parse({ page: (await searchParams).page });
  const { entries, total, pageCount } = await listAuditEntries({ page });
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("admin.audit.title")}</h1>
      <p className="mt-2 text-muted">{t("admin.audit.count", { changes: t("counts.changes", { count: total }) })}</p>
      <div className="mt-6"><AuditList entries={entries} showEntity /></div>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/admin/audit?page=${p}`} />
    </>
  );
}
