"use client";

import { useEffect, useRef } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useArrivalNotice } from "@/components/use-arrival";
import { useClientTranslations } from "@/components/use-client-translations";
import { useLocaleParam } from "@/components/ui/locale-link";
import { analysisPdfPath, DOWNLOAD_READY } from "@/lib/accounts/return-to";

/**
 * Where sign-in brings a reader who asked for the PDF: it says they are signed in and starts the
 * download. Without JavaScript it still shows (CSS :target), with a button to start it.
 */
export function DownloadReady({ slug }: { slug: string }) {
  const t = useClientTranslations();
  // Signed in and sent here by sign-in: the effect below starts the download.
  const { shown: started, className } = useArrivalNotice({ id: DOWNLOAD_READY, audience: "signed-in" });
  const once = useRef(false);
  const href = analysisPdfPath({ slug, locale: useLocaleParam() });

  useEffect(() => {
    if (!started || once.current) return;
    once.current = true;
    // An attachment: the browser saves it and stays on this page.
    window.location.assign(href);
  }, [started, href]);

  return (
    <div id={DOWNLOAD_READY} role="status" className={cn(className, "mb-5 rounded border-l-4 border-accent bg-white px-4 py-3")}>
      <p className="font-medium">{t(started ? "download.started" : "download.ready")}</p>
      <a href={href} className={cn(buttonVariants({ variant: started ? "secondary" : "primary" }), "mt-3")}>
        {t(started ? "download.again" : "download.now")}
      </a>
    </div>
  );
}
