import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";

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
          <TextLink href="/analyses">Browse all analyses</TextLink>
        </li>
        <li>
          <TextLink href="/">Go to the home page</TextLink>
        </li>
      </ul>
    </Container>
  );
}
