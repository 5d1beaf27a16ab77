import { BarChart } from "@/components/admin/bar-chart";
import { requireEditorPage } from "@/lib/editorial/access";
import { listPublicationChoices, listTopPublications, readDownloadSeries, readNewAccountsPerWeek } from "@/lib/editorial/stats";
import { statsPeriodSchema } from "@/lib/validations/editorial";
import { TextLink } from "@/components/ui/link";
import { Input, Select } from "@/components/ui/field";
import { readMonthlyTotals } from "@/lib/stats/counter";
import { Button } from "@/components/ui/button";
import { formatUtcTime } from "@/lib/format";
import { getPageTranslator, getRequestLocale, readPageLocale } from "@/lib/i18n/request-locale";
import { readOutboxStatus } from "@/lib/mail/outbox";
import { unindexedPageMetadata } from "@/lib/seo";

export const generateMetadata = unindexedPageMetadata("admin.dashboard.title");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  const editor = await requireEditorPage();
  const t = getPageTranslator();
  const raw = await searchParams;
  const { days, publication } = statsPeriodSchema.parse({ days: raw.days, publication: raw.publication });
  const now = new Date();
  const thisMonth = now.toISOString().slice(0, 7);
  const yearAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 7);
  const [series, top, accounts, choices, perMonth] = await Promise.all([
    readDownloadSeries({ days, publicationId: publication }),
    listTopPublications({ days }),
    readNewAccountsPerWeek({ weeks: 12 }),
    listPublicationChoices(),
    readMonthlyTotals({ fromMonth: yearAgo, toMonth: thisMonth, publicationId: publication }),
  ]);
  // Mail concerns readers' addresses: admins only.
  const outbox = editor.role === "ADMIN" ? await readOutboxStatus() : null;
  const query = (report: string) => `/api/admin/stats/export?${new URLSearchParams({ report, days: String(days), ...(publication ? { publication } : {}) })}`;
  const table = (rows: Array<{ id: string; title: string; count: number }>, unit: "downloads" | "saves") =>
    rows.length ? (
      <ol className="list-decimal space-y-1 pl-6">
        {rows.map((r) => (
          <li key={r.id}>
            <TextLink tone="accent" href={`/admin/publications/${r.id}`}>{r.title}</TextLink> <span className="text-muted">({t(`admin.dashboard.${unit}`, { count: r.count })})</span>
          </li>
        ))}
      </ol>
    ) : (
      <p className="text-muted">{t("admin.dashboard.none")}</p>
    );
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("admin.dashboard.title")}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="days" className="block text-sm font-medium">{t("admin.dashboard.period")}</label>
          <Select id="days" name="days" defaultValue={String(days)} width="auto">
            <option value="7">{t("admin.dashboard.days7")}</option>
            <option value="30">{t("admin.dashboard.days30")}</option>
            <option value="90">{t("admin.dashboard.days90")}</option>
            <option value="365">{t("admin.dashboard.days365")}</option>
          </Select>
        </div>
        <div>
          <label htmlFor="publication" className="block text-sm font-medium">{t("admin.dashboard.downloadsOf")}</label>
          <Select id="publication" name="publication" defaultValue={publication ?? ""} width="auto" className="max-w-xs">
            <option value="">{t("admin.dashboard.allPublications")}</option>
            {choices.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
          </Select>
        </div>
        <Button variant="secondary">{t("admin.dashboard.show")}</Button>
      </form>

      <section aria-labelledby="downloads" className="mt-8">
        <h2 id="downloads" className="mb-3 text-xl font-semibold">{t("admin.dashboard.downloadsPerDay")}</h2>
        <BarChart label={t("admin.dashboard.downloadsChart", { days })} tableLabel={t("admin.dashboard.table")} data={series.map((s) => ({ key: s.day, count: s.count }))} />
        <p className="mt-2 text-sm"><a href={query("downloads")} className="text-accent underline">{t("admin.dashboard.csv")}</a></p>
      </section>

      <section aria-labelledby="counter" className="mt-10">
        <h2 id="counter" className="mb-2 text-xl font-semibold">{t("admin.dashboard.counter")}</h2>
        <p className="mb-3 max-w-prose text-sm text-muted">{t("admin.dashboard.counterIntro")}</p>
        <div className="overflow-x-auto">
          <table className="min-w-[20rem] text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-6 font-medium">{t("admin.dashboard.counterMonth")}</th>
                <th scope="col" className="py-1 pr-6 text-right font-medium">{t("admin.dashboard.counterTotal")}</th>
                <th scope="col" className="py-1 text-right font-medium">{t("admin.dashboard.counterUnique")}</th>
              </tr>
            </thead>
            <tbody>
              {perMonth.map((m) => (
                <tr key={m.month} className="border-b border-line/60">
                  <th scope="row" className="py-1 pr-6 text-left font-normal"><time dateTime={m.month}>{m.month}</time></th>
                  <td className="py-1 pr-6 text-right tabular-nums">{m.total}</td>
                  <td className="py-1 text-right tabular-nums">{m.unique}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form method="get" action="/api/admin/stats/export" className="mt-4 flex flex-wrap items-end gap-3" aria-label={t("admin.dashboard.counterReport")}>
          <input type="hidden" name="report" value="counter" />
          <div>
            <label htmlFor="counter-from" className="block text-sm font-medium">{t("admin.dashboard.counterFrom")}</label>
            <Input width="auto" id="counter-from" name="from" type="month" defaultValue={yearAgo} pattern="\d{4}-\d{2}" placeholder="YYYY-MM" required />
          </div>
          <div>
            <label htmlFor="counter-to" className="block text-sm font-medium">{t("admin.dashboard.counterTo")}</label>
            <Input width="auto" id="counter-to" name="to" type="month" defaultValue={thisMonth} pattern="\d{4}-\d{2}" placeholder="YYYY-MM" required />
          </div>
          <Button variant="secondary">{t("admin.dashboard.counterDownload")}</Button>
        </form>
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="top-downloads">
          <h2 id="top-downloads" className="mb-3 text-xl font-semibold">{t("admin.dashboard.mostDownloaded")}</h2>
          {table(top.downloads, "downloads")}
        </section>
        <section aria-labelledby="top-saves">
          <h2 id="top-saves" className="mb-3 text-xl font-semibold">{t("admin.dashboard.mostSaved")}</h2>
          {table(top.saves, "saves")}
        </section>
      </div>
      <p className="mt-2 text-sm"><a href={query("top")} className="text-accent underline">{t("admin.dashboard.bothCsv")}</a></p>

      <section aria-labelledby="accounts" className="mt-10">
        <h2 id="accounts" className="mb-3 text-xl font-semibold">{t("admin.dashboard.accounts")}</h2>
        <BarChart label={t("admin.dashboard.accountsChart")} tableLabel={t("admin.dashboard.table")} data={accounts.map((a) => ({ key: a.week, count: a.count }))} />
        <p className="mt-2 text-sm"><a href={query("accounts")} className="text-accent underline">{t("admin.dashboard.csv")}</a></p>
      </section>

      {outbox && (
        <section aria-labelledby="mail" className="mt-10">
          <h2 id="mail" className="mb-3 text-xl font-semibold">{t("admin.dashboard.mail")}</h2>
          <p>{t("admin.dashboard.mailCounts", { pending: outbox.pending, retrying: outbox.retrying, sending: outbox.sending, sent: outbox.sent, failed: outbox.failed })}</p>
          <h3 className="mt-4 font-semibold">{t("admin.dashboard.mailFailures")}</h3>
          {outbox.failures.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {outbox.failures.map((f) => (
                <li key={f.id}>
                  <time dateTime={f.createdAt.toISOString()}>{formatUtcTime(f.createdAt, getRequestLocale())} UTC</time> · {t("admin.dashboard.mailFailure", { to: f.to, subject: f.subject, attempts: f.attempts, reason: f.lastError ?? "" })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-muted">{t("admin.dashboard.mailNoFailures")}</p>
          )}
        </section>
      )}
    </>
  );
}
