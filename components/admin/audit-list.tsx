import type { FieldChange } from "@/lib/editorial/audit";
import { formatUtcTime } from "@/lib/format";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";

const show = (v: unknown) => {
  if (v === null || v === undefined || v === "") return "—";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
};

type Entry = { id: string; createdAt: Date; actorEmail: string; action: string; entityType: string; label: string; changes: Record<string, FieldChange> };

export function AuditList({ entries, showEntity = false }: { entries: Entry[]; showEntity?: boolean }) {
  const t = getPageTranslator();
  const locale = getRequestLocale();
  if (!entries.length) return <p className="text-muted">{t("admin.audit.none")}</p>;
  return (
    <ol className="space-y-3" aria-label={t("admin.audit.label")}>
      {entries.map((e) => (
        <li key={e.id} className="rounded border border-line bg-white p-3 text-sm" data-testid="audit-entry">
          <p>
            <time dateTime={e.createdAt.toISOString()}>{formatUtcTime(e.createdAt, locale, "seconds")} UTC</time> · <strong>{e.actorEmail}</strong> · {t("admin.audit.action", { action: e.action, key: e.action.replace(/-/g, "_") })}
            {showEntity ? ` ${t("admin.audit.subject", { entity: t("admin.audit.entity", { entity: e.entityType }), label: e.label })}` : ""}
          </p>
          {Object.keys(e.changes).length ? (
            <dl className="mt-2 grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-3 gap-y-1">
              {Object.entries(e.changes).map(([field, c]) => (
                <div key={field} className="contents">
                  <dt className="font-medium">{field}</dt>
                  <dd className="break-words">
                    <span className="text-muted line-through">{show(c.before)}</span> → {show(c.after)}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
