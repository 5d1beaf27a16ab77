import { EditorForm } from "@/components/admin/editor-form";
import { Pagination } from "@/components/ui/pagination";
import { requireEditorPage } from "@/lib/editorial/access";
import { listUsers } from "@/lib/editorial/users";
import { formatDate } from "@/lib/format";
import { adminListSchema, ROLES } from "@/lib/validations/editorial";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.users.title");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  const admin = await requireEditorPage({ level: "admin" });
  const raw = await searchParams;
  const { q, page } = adminListSchema.parse({ q: raw.q, page: raw.page });
  const { rows, total, pageCount } = await listUsers({ q, page });
  const here = `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("admin.users.title")}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">{t("admin.users.emailContains")}</label>
          <Input id="q" name="q" type="search" defaultValue={q} maxLength={200} width="auto" />
        </div>
        <Button variant="secondary">{t("admin.users.search")}</Button>
      </form>
      <p className="mt-4 text-sm text-muted">{t("counts.accounts", { count: total })}</p>
      <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
        {rows.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="user-row">
            <div>
              <p className="font-medium">{u.id === admin.id ? t("admin.users.you", { email: u.email }) : u.email}</p>
              <p className="text-sm text-muted">
                {[u.name, t("admin.users.joined", { date: formatDate(u.createdAt, locale) }), u.emailVerified ? null : t("admin.users.unconfirmed"), u.disabledAt ? t("admin.users.disabled") : null].filter(Boolean).join(" · ")}
              </p>
            </div>
            <div className="flex flex-wrap items-end gap-2">
              <EditorForm action={`/api/admin/users/${u.id}`} className="flex items-end gap-2">
                <input type="hidden" name="intent" value="role" />
                <input type="hidden" name="back" value={here} />
                <label className="sr-only" htmlFor={`role-${u.id}`}>{t("admin.users.roleOf", { email: u.email })}</label>
                <Select id={`role-${u.id}`} name="role" defaultValue={u.role} size="sm" width="inline">
                  {ROLES.map((r) => <option key={r} value={r}>{t(`admin.users.${r}`)}</option>)}
                </Select>
                <Button variant="secondary">{t("admin.users.setRole")}</Button>
              </EditorForm>
              <EditorForm action={`/api/admin/users/${u.id}`}>
                <input type="hidden" name="intent" value={u.disabledAt ? "enable" : "disable"} />
                <input type="hidden" name="back" value={here} />
                <Button variant={u.disabledAt ? "secondary" : "danger"}>{u.disabledAt ? t("admin.users.enable") : t("admin.users.disable")}</Button>
              </EditorForm>
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`} />
    </>
  );
}
