import { cn } from "@/components/ui/cn";

/** The page column; a narrower max-w-* from the caller wins (cn), whatever the CSS order. */
export function Container({ children, className }: { children: React.ReactNode; className?: string }) {
  return <div className={cn("mx-auto w-full max-w-6xl px-4 sm:px-6", className)}>{children}</div>;
}
