import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/components/ui/cn";

const noticeVariants = cva("rounded border-l-4 px-4 py-3", {
  variants: {
    tone: {
      error: "border-red-700 bg-red-50 text-red-900",
      success: "border-accent bg-accent-soft text-ink",
    },
  },
});

/** A message at the top of a form. role="alert" for errors so screen readers announce them. */
export function Notice({ tone, className, children }: Required<Pick<VariantProps<typeof noticeVariants>, "tone">> & { className?: string; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn(noticeVariants({ tone }), className)}>
      {children}
    </div>
  );
}
