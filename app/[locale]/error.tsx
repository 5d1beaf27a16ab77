"use client";

import { Container } from "@/components/ui/container";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { useClientTranslations } from "@/components/use-client-translations";

// Shown instead of a stack trace; the digest lets an operator find the error in the server log.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useClientTranslations();
  return (
    <Container className="max-w-2xl py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("error.eyebrow")}</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("error.title")}</h1>
      <p className="mt-4 text-muted">
        {t("error.text")}
        {error.digest ? <> {t.rich("error.reference", { digest: () => <code>{error.digest}</code> })}</> : null}
      </p>
      <div className="mt-6 flex gap-4">
        <Button type="button" onClick={reset}>
          {t("error.retry")}
        </Button>
        <TextLink href="/" className="p-2">{t("error.home")}</TextLink>
      </div>
    </Container>
  );
}
