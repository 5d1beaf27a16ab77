import { Link } from "@/components/ui/locale-link";

export function Tag({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-block rounded-full border border-line bg-white px-3 py-1 text-sm text-ink hover:border-accent hover:text-accent">
      {children}
    </Link>
  );
}
