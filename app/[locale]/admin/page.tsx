import { BarChart } from "@/components/admin/bar-chart";
import { requireEditorPage } from "@/lib/editorial/access";
import { listPublicationChoices, listTopPublications, readDownloadSeries, readNewAccountsPerWeek } from "@/lib/editorial/stats";
import { statsPeriodSchema } from "@/lib/validations/editorial";
import { TextLink } from "@/components/ui/link";
import { Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await requireEditorPage();
  const raw = await searchParams;
  const { days, publication } = statsPeriodSchema.parse({ days: raw.days, publication: raw.publication });
  const [series, top, accounts, choices] = await Promise.all([
    readDownloadSeries({ days, publicationId: publication }),
    listTopPublications({ days }),
    readNewAccountsPerWeek({ weeks: 12 }),
    listPublicationChoices(),
  ]);
  const query = (report: string) => `/api/admin/stats/export?${new URLSearchParams({ report, days: String(days), ...(publication ? { publication } : {}) })}`;
  const table = (rows: Array<{ id: string; title: string; count: number }>, unit: string) =>
    rows.length ? (
      <ol className="list-decimal space-y-1 pl-6">
        {rows.map((r) => (
          <li key={r.id}>
            <TextLink tone="accent" href={`/admin/publications/${r.id}`}>{r.title}</TextLink> <span className="text-muted">({r.count} {unit})</span>
          </li>
        ))}
      </ol>
    ) : (
      <p className="text-muted">None in this period.</p>
    );
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Dashboard</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="days" className="block text-sm font-medium">Period</label>
          <Select id="days" name="days" defaultValue={String(days)} width="auto">
            <option value="7">Last 7 days</option>
            <option value="30">Last 30 days</option>
            <option value="90">Last 90 days</option>
            <option value="365">Last year</option>
          </Select>
        </div>
        <div>
          <label htmlFor="publication" className="block text-sm font-medium">Downloads of</label>
          <Select id="publication" name="publication" defaultValue={publication ?? ""} width="auto" className="max-w-xs">
            <option value="">All publications</option>
            {choices.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
          </Select>
        </div>
        <Button variant="secondary">Show</Button>
      </form>

      <section aria-labelledby="downloads" className="mt-8">
        <h2 id="downloads" className="mb-3 text-xl font-semibold">Downloads per day</h2>
        <BarChart label={`Downloads per day, last ${days} days`} data={series.map((s) => ({ key: s.day, count: s.count }))} />
        <p className="mt-2 text-sm"><a href={query("downloads")} className="text-accent underline">Download as CSV</a></p>
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="top-downloads">
          <h2 id="top-downloads" className="mb-3 text-xl font-semibold">Most downloaded</h2>
          {table(top.downloads, "downloads")}
        </section>
        <section aria-labelledby="top-saves">
          <h2 id="top-saves" className="mb-3 text-xl font-semibold">Most saved</h2>
          {table(top.saves, "saves")}
        </section>
      </div>
      <p className="mt-2 text-sm"><a href={query("top")} className="text-accent underline">Download both lists as CSV</a></p>

      <section aria-labelledby="accounts" className="mt-10">
        <h2 id="accounts" className="mb-3 text-xl font-semibold">New accounts per week</h2>
        <BarChart label="New accounts per week, last 12 weeks" data={accounts.map((a) => ({ key: a.week, count: a.count }))} />
        <p className="mt-2 text-sm"><a href={query("accounts")} className="text-accent underline">Download as CSV</a></p>
      </section>
    </>
  );
}
