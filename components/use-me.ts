"use client";

import { useEffect, useState } from "react";

export type Me = { name: string | null; email: string; role: "READER" | "EDITOR" | "ADMIN" } | null;

// One request per page load, shared by every component that asks (header, download block…).
let pending: Promise<Me> | null = null;

function fetchMe(): Promise<Me> {
  pending ??= fetch("/api/me", { credentials: "same-origin", cache: "no-store" })
    .then((r) => (r.ok ? r.json() : { user: null }))
    .then((body: { user: Me }) => body.user)
    .catch(() => null);
  return pending;
}

/** undefined while loading, then the signed-in user or null. */
export function useMe(): Me | undefined {
  const [me, setMe] = useState<Me | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetchMe().then((m) => live && setMe(m));
    return () => {
      live = false;
    };
  }, []);
  return me;
}

