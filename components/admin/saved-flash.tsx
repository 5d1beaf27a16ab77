"use client";

import { useEffect, useState } from "react";
import { Notice } from "@/components/ui/notice";

/**
 * "Saved" after a redirect (?saved=…). It goes as soon as the editor sends another form on the
 * page, so an upload's error never sits under a stale "The draft was created.".
 */
export function SavedFlash({ children }: { children: React.ReactNode }) {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const hide = () => {
      setShown(false);
      const url = new URL(window.location.href);
      url.searchParams.delete("saved");
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    };
    document.addEventListener("submit", hide, { capture: true, once: true });
    return () => document.removeEventListener("submit", hide, { capture: true });
  }, []);
  return shown ? (
    <Notice tone="success" className="mt-4">
      {children}
    </Notice>
  ) : null;
}
