"use client";

import { useEffect, useState } from "react";

export type Me = { name: string | null; email: string; role: "READER" | "EDITOR" | "ADMIN" } | null;
type MeResponse = { user: Me; saved: string[] };

// One request to /api/me per page: every component registers what it needs during render, and
// the first effect sends a single request covering all of it. A client-side navigation that
// brings new publications asks again.
const wanted = new Set<string>();
let covered = new Set<string>();
let pending: Promise<MeResponse> | null = null;

function load(): Promise<MeResponse> {
  if (pending && [...wanted].every((id) => covered.has(id))) return pending;
  covered = new Set(wanted);
  const qs = wanted.size ? `?saved=${[...wanted].join(",")}` : "";
  pending = fetch(`/api/me${qs}`, { credentials: "same-origin", cache: "no-store" })
    .then((r) => (r.ok ? r.json() : { user: null, saved: [] }))
    .catch(() => ({ user: null, saved: [] }));
  return pending;
}

function useMeResponse(): MeResponse | undefined {
  const [data, setData] = useState<MeResponse | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, []);
  return data;
}

/** undefined while loading, then the signed-in user or null. */
export function useMe(): Me | undefined {
  return useMeResponse()?.user;
}

/** Whether the signed-in reader has saved this publication: undefined while loading. */
export function useSaved(publicationId: string): { me: Me | undefined; saved: boolean | undefined } {
  wanted.add(publicationId);
  const data = useMeResponse();
  return { me: data?.user, saved: data ? data.saved.includes(publicationId) : undefined };
}
