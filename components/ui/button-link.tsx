import Link from "next/link";

const styles = {
  primary: "bg-accent text-white hover:bg-accent-dark",
  secondary: "border border-accent text-accent hover:bg-accent-soft",
} as const;

export function ButtonLink({ href, children, variant = "primary", prefetch }: { href: string; children: React.ReactNode; variant?: keyof typeof styles; prefetch?: boolean }) {
  return (
    <Link href={href} prefetch={prefetch} className={`inline-flex items-center gap-2 rounded px-4 py-2.5 font-medium transition-colors ${styles[variant]}`}>
      {children}
    </Link>
  );
}
