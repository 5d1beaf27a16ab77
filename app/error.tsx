"use client";

import Link from "next/link";
import { Container } from "@/components/ui/container";

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
        <button type="button" onClick={reset} className="rounded bg-accent px-4 py-2 font-medium text-white">
          Try again
        </button>
        <Link href="/" className="px-2 py-2 text-accent underline">Home page</Link>
      </div>
    </Container>
  );
}
