"use client";

import { Container } from "@/components/ui/container";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";

// Shown instead of a stack trace; the digest lets an operator find the error in the server log.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Container className="max-w-2xl py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Something went wrong</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">We could not show this page</h1>
      <p className="mt-4 text-muted">
        An unexpected error stopped this page from loading. Please try again in a moment.
        {error.digest ? <> If it keeps happening, quote the reference <code>{error.digest}</code>.</> : null}
      </p>
      <div className="mt-6 flex gap-4">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <TextLink href="/" className="p-2">Home page</TextLink>
      </div>
    </Container>
  );
}
