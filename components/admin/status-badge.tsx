import { formatUtcTime } from "@/lib/format";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";

const styles = { DRAFT: "bg-stone-200 text-ink", SCHEDULED: "bg-amber-100 text-amber-900", PUBLISHED: "bg-accent-soft text-accent-dark" } as const;

export function StatusBadge({ status, scheduledAt }: { status: keyof typeof styles; scheduledAt?: Date | null }) {
  const t = getPageTranslator();
  const label = status === "SCHEDULED" && scheduledAt ? t("admin.status.scheduledFor", { when: formatUtcTime(scheduledAt, getRequestLocale()) }) : t(`admin.status.${status}`);
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{label}</span>;
}
