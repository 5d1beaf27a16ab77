import { cn } from "@/components/ui/cn";

/**
 * Secondary controls (filters, facets) folded behind a summary on small screens, so the results
 * come first; from lg up they are always shown (app/globals.css). A <details>: no JavaScript.
 */
export function Fold({ summary, className, children }: { summary: React.ReactNode; className?: string; children: React.ReactNode }) {
  return (
    <details className={cn("fold", className)}>
      <summary className="flex cursor-pointer list-none items-center justify-between rounded border border-line bg-white px-4 py-2.5 font-medium hover:border-accent">
        <span>{summary}</span>
        <span aria-hidden className="text-muted">▾</span>
      </summary>
      <div className="mt-3 lg:mt-0">{children}</div>
    </details>
  );
}
