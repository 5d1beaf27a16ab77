import Link from "next/link";
import { Container } from "@/components/ui/container";
import { SITE_PAGE_LABELS, SITE_PAGE_SLUGS } from "@/lib/site-pages/defaults";

const BROWSE: Array<[string, string]> = [
  ["/analyses", "All analyses"],
  ["/centers", "Centres and programmes"],
  ["/authors", "Researchers"],
];

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-16 border-t border-line bg-white py-8 text-sm text-muted">
      <Container className="grid gap-6 sm:grid-cols-[1fr_auto_auto] sm:gap-12">
        <p className="max-w-sm">
          © {siteName}. Summaries are free to read; full texts need a free account.
        </p>
        <nav aria-label="Browse">
          <ul className="space-y-2">
            {BROWSE.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="hover:underline">{label}</Link>
              </li>
            ))}
            <li>
              {/* A file, not a page: a plain link, which the client router would not fetch. */}
              <a href="/feeds/analyses.xml" className="hover:underline">Atom feed</a>
            </li>
          </ul>
        </nav>
        <nav aria-label="The institute">
          <ul className="space-y-2">
            {SITE_PAGE_SLUGS.map((slug) => (
              <li key={slug}>
                <Link href={`/${slug}`} className="hover:underline">{SITE_PAGE_LABELS[slug]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
