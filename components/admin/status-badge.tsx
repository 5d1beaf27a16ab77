const styles = { DRAFT: "bg-stone-200 text-ink", SCHEDULED: "bg-amber-100 text-amber-900", PUBLISHED: "bg-accent-soft text-accent-dark" } as const;
const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function StatusBadge({ status, scheduledAt }: { status: keyof typeof styles; scheduledAt?: Date | null }) {
  const label = status === "SCHEDULED" && scheduledAt ? `Scheduled for ${time.format(scheduledAt)} UTC` : status.charAt(0) + status.slice(1).toLowerCase();
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{label}</span>;
}
