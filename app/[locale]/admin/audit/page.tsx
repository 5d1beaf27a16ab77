import { AuditList } from "@/components/admin/audit-list";
import { Pagination } from "@/components/ui/pagination";
import { requireEditorPage } from "@/lib/editorial/access";
import { listAuditEntries } from "@/lib/editorial/audit";
import { adminListSchema } from "@/lib/validations/editorial";
import { getTranslator } from "@/lib/i18n/translate";

export const metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireEditorPage({ level: "admin" });
  const { page } = adminListSchema.parse({ page: (await searchParams).page });
  const { entries, total, pageCount } = await listAuditEntries({ page });
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Audit log</h1>
      <p className="mt-2 text-muted">{getTranslator()("counts.changes", { count: total })}, newest first.</p>
      <div className="mt-6"><AuditList entries={entries} showEntity /></div>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/admin/audit?page=${p}`} />
    </>
  );
}
