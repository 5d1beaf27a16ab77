import { EditorForm } from "@/components/admin/editor-form";
import { Pagination } from "@/components/ui/pagination";
import { requireEditorPage } from "@/lib/editorial/access";
import { listUsers } from "@/lib/editorial/users";
import { formatDate } from "@/lib/format";
import { adminListSchema, ROLES } from "@/lib/validations/editorial";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { getTranslator } from "@/lib/i18n/translate";

export const metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const admin = await requireEditorPage({ level: "admin" });
  const raw = await searchParams;
  const { q, page } = adminListSchema.parse({ q: raw.q, page: raw.page });
  const { rows, total, pageCount } = await listUsers({ q, page });
  const here = `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Users</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Email contains</label>
          <Input id="q" name="q" type="search" defaultValue={q} maxLength={200} width="auto" />
        </div>
        <Button variant="secondary">Search</Button>
      </form>
      <p className="mt-4 text-sm text-muted">{getTranslator()("counts.accounts", { count: total })}</p>
      <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
        {rows.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="user-row">
            <div>
              <p className="font-medium">{u.email}{u.id === admin.id ? " (you)" : ""}</p>
              <p className="text-sm text-muted">
                {u.name ? `${u.name} · ` : ""}joined {formatDate(u.createdAt)}
                {u.emailVerified ? "" : " · unconfirmed"}
                {u.disabledAt ? " · disabled" : ""}
              </p>
            </div>
            <div className="flex flex-wrap items-end gap-2">
              <EditorForm action={`/api/admin/users/${u.id}`} className="flex items-end gap-2">
                <input type="hidden" name="intent" value="role" />
                <input type="hidden" name="back" value={here} />
                <label className="sr-only" htmlFor={`role-${u.id}`}>Role of {u.email}</label>
                <Select id={`role-${u.id}`} name="role" defaultValue={u.role} size="sm" width="inline">
                  {ROLES.map((r) => <option key={r} value={r}>{r.charAt(0) + r.slice(1).toLowerCase()}</option>)}
                </Select>
                <Button variant="secondary">Set role</Button>
              </EditorForm>
              <EditorForm action={`/api/admin/users/${u.id}`}>
                <input type="hidden" name="intent" value={u.disabledAt ? "enable" : "disable"} />
                <input type="hidden" name="back" value={here} />
                <Button variant={u.disabledAt ? "secondary" : "danger"}>{u.disabledAt ? "Enable" : "Disable"}</Button>
              </EditorForm>
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`} />
    </>
  );
}
