"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { useMe } from "@/components/use-me";

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

/**
 * An arrival notice's state: whether the page was opened at #id and the reader is who the notice
 * speaks to (signed in, or signed out), and the classes that show it: CSS :target until the page
 * knows, then exactly when both hold. The fragment is dropped once who the reader is is known.
 */
export function useArrivalNotice({ id, audience }: { id: string; audience: "signed-in" | "signed-out" }): { arrived: boolean | undefined; shown: boolean; className: string } {
  const me = useMe();
  const { arrived, settle } = useArrival(id);
  useEffect(() => {
    if (arrived && me !== undefined) settle();
  });
  const fits = me === undefined ? undefined : audience === "signed-in" ? Boolean(me) : !me;
  const className = arrived === undefined || fits === undefined ? "hidden target:block" : arrived && fits ? "block" : "hidden";
  return { arrived, shown: Boolean(arrived && fits), className };
}
