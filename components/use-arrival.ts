"use client";

import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";

// What each notice saw when its page was first shown: dropping the fragment (settle) must not
// hide the notice, and a client-side navigation to another page must not show it again.
const seen = new Map<string, { page: string; arrived: boolean }>();
const currentPage = () => window.location.pathname + window.location.search;

function arrivedAt(id: string): boolean {
  const entry = seen.get(id);
  if (entry && entry.page === currentPage()) return entry.arrived;
  const arrived = window.location.hash === `#${id}`;
  seen.set(id, { page: currentPage(), arrived });
  return arrived;
}

const noSubscription = () => () => {};

/**
 * Whether the page was opened at #id: how sign-in tells the page it returns to what the reader
 * was doing (lib/accounts/return-to). undefined on the server and while hydrating, so the first
 * render matches the cached HTML, which shows the notice through CSS :target alone. `settle`
 * drops the fragment, so a reload or a copied address does not repeat what it triggered.
 */
export function useArrival(id: string): { arrived: boolean | undefined; settle: () => void } {
  // A client-side navigation (a server action's redirect) re-renders the layout's notices.
  usePathname();
  const arrived = useSyncExternalStore(noSubscription, () => arrivedAt(id), () => undefined);
  const settle = () => {
    if (window.location.hash !== `#${id}`) return;
    window.history.replaceState(window.history.state, "", currentPage());
  };
  return { arrived, settle };
}

/** The notice's classes: :target until the page knows, then whether to show it. */
export function arrivalClassName(arrived: boolean | undefined, shown: boolean | undefined): string {
  if (arrived === undefined || shown === undefined) return "hidden target:block";
  return arrived && shown ? "block" : "hidden";
}
