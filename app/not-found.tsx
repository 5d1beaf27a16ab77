import Link from "next/link";
import { Container } from "@/components/ui/container";

export default function NotFound() {
  return (
    <Container className="max-w-2xl py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">This page does not exist</h1>
      <p className="mt-4 text-muted">
        The publication, researcher or page you asked for is not here. It may have been moved, or the address may be mistyped.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link href="/analyses" className="text-accent underline">Browse all analyses</Link>
        </li>
        <li>
          <Link href="/" className="text-accent underline">Go to the home page</Link>
        </li>
      </ul>
    </Container>
  );
}
