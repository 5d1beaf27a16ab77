"use client";

import { useEffect } from "react";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { useArrivalNotice } from "@/components/use-arrival";
import { refreshMe } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";
import { ACCOUNT_DELETED, ALERT_SET, SAVED_TO_LIBRARY } from "@/lib/accounts/return-to";

/**
 * A notice for the page a reader is sent to after doing something elsewhere (lib/accounts/
 * return-to), shown only if who is signed in agrees with it. `arrive` runs once on arrival.
 */
function ArrivalNotice({ id, audience, arrive, children }: { id: string; audience: "signed-in" | "signed-out"; arrive?: () => void; children: React.ReactNode }) {
  const { arrived, className } = useArrivalNotice({ id, audience });
  useEffect(() => {
    if (arrived) arrive?.();
  }, [arrived, arrive]);
  return (
    <div id={id} role="status" className={cn(className, "mb-6")}>
      <Container>
        <p className="rounded border-l-4 border-accent bg-accent-soft px-4 py-3">{children}</p>
      </Container>
    </div>
  );
}

/** Every site-wide arrival notice, at the top of the page's main content (the root layout). */
export function ArrivalNotices() {
  const t = useClientTranslations();
  return (
    <>
      {/* The save was completed as the reader signed in (lib/auth's signIn event). */}
      <ArrivalNotice id={SAVED_TO_LIBRARY} audience="signed-in">
        {t("arrival.saved")} <TextLink href="/library">{t("arrival.openLibrary")}</TextLink>
      </ArrivalNotice>
      {/* The follow or saved search was completed by the first /api/me after sign-in. */}
      <ArrivalNotice id={ALERT_SET} audience="signed-in">
        {t("arrival.alertSet")} <TextLink href="/account/alerts">{t("arrival.openAlerts")}</TextLink>
      </ArrivalNotice>
      {/* The header may still show the reader from before: ask again. */}
      <ArrivalNotice id={ACCOUNT_DELETED} audience="signed-out" arrive={refreshMe}>
        {t("arrival.deleted")}
      </ArrivalNotice>
    </>
  );
}
