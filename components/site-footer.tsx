import Link from "next/link";
import { Container } from "@/components/ui/container";

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-16 border-t border-line bg-white py-8 text-sm text-muted">
      <Container className="flex flex-wrap justify-between gap-4">
        <p>
          © {siteName}. Summaries are free to read; full texts need a free account.
        </p>
        <ul className="flex gap-4">
          <li>
            <Link href="/analyses" className="hover:underline">All analyses</Link>
          </li>
          <li>
            <Link href="/centers" className="hover:underline">Centres and programmes</Link>
          </li>
        </ul>
      </Container>
    </footer>
  );
}
