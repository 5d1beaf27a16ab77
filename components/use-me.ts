"use client";

import { useEffect, useSyncExternalStore } from "react";

export type Me = { name: string | null; email: string; role: "READER" | "EDITOR" | "ADMIN" } | null;
type MeResponse = { user: Me; saved: string[]; follows: string[] };
/** An answer, and the publications and followable things it answered for. */
type Known = MeResponse & { asked: Set<string> };

// One request to /api/me per page: every component registers what it needs during render, and
// the first effect sends a single request covering all of it. A client-side navigation that
// brings new publications asks again, and so does refreshMe() after the reader changes who they
// are (a new name, signing out, a deleted account), so the header never shows the old one.
// Publications by id, followable things as "f:" + their key (author:<id>…): one set, one request.
const wanted = new Set<string>();
let covered = new Set<string>();
let pending: Promise<MeResponse> | null = null;
let current: Known | undefined;
const listeners = new Set<() => void>();

function load(): Promise<MeResponse> {
  if (pending && [...wanted].every((id) => covered.has(id))) return pending;
  covered = new Set(wanted);
  const asked = covered;
  const saved = [...wanted].filter((w) => !w.startsWith("f:"));
  const follows = [...wanted].filter((w) => w.startsWith("f:")).map((w) => w.slice(2));
  const qs = new URLSearchParams();
  if (saved.length) qs.set("saved", saved.join(","));
  if (follows.length) qs.set("follows", follows.join(","));
  const query = qs.size ? `?${qs}` : "";
  const nobody: MeResponse = { user: null, saved: [], follows: [] };
  const request: Promise<MeResponse> = fetch(`/api/me${query}`, { credentials: "same-origin", cache: "no-store" })
    .then((r) => (r.ok ? r.json() : nobody))
    .catch(() => nobody);
  pending = request;
  request.then((data) => {
    // A later request (refreshMe) wins over an earlier one that answers late.
    if (pending !== request) return;
    current = { ...data, asked };
    listeners.forEach((notify) => notify());
  });
  return request;
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Asks /api/me again and updates every component showing the reader. */
export function refreshMe() {
  pending = null;
  void load();
}

function useMeResponse(): Known | undefined {
  const data = useSyncExternalStore(subscribe, () => current, () => undefined);
  useEffect(() => {
    void load();
  }, []);
  return data;
}

/** undefined while loading, then the signed-in user or null. */
export function useMe(): Me | undefined {
  return useMeResponse()?.user;
}

/** Whether the signed-in reader has saved this publication: undefined while loading. */
export function useSaved(publicationId: string): { me: Me | undefined; saved: boolean | undefined } {
  // In the browser only: on the server this module lives as long as the process.
  if (typeof window !== "undefined") wanted.add(publicationId);
  const data = useMeResponse();
  return { me: data?.user, saved: data?.asked.has(publicationId) ? data.saved.includes(publicationId) : undefined };
}

/** Whether the signed-in reader follows this thing (its key: author:<id>, series:<name>…): undefined while loading. */
export function useFollowed(key: string): { me: Me | undefined; following: boolean | undefined } {
  if (typeof window !== "undefined") wanted.add(`f:${key}`);
  const data = useMeResponse();
  return { me: data?.user, following: data?.asked.has(`f:${key}`) ? (data.follows ?? []).includes(key) : undefined };
}
