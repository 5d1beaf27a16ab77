import { cn } from "@/components/ui/cn";

export function EmptyState({ title, className, children }: { title: string; className?: string; children?: React.ReactNode }) {
  return (
    <div className={cn("rounded border border-dashed border-line bg-white px-6 py-10 text-center", className)}>
      <p className="text-lg font-semibold">{title}</p>
      {children ? <div className="mt-2 text-muted">{children}</div> : null}
    </div>
  );
}
