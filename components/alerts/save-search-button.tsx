"use client";

import { useActionState, useSyncExternalStore } from "react";
import { saveSearchAction } from "@/lib/actions/save-search";
import type { ActionState } from "@/lib/http/gateway";
import { useLocaleParam } from "@/components/ui/locale-link";

const noSubscription = () => () => {};

/**
 * "Alert me about new results": posts the page's query string. Without JavaScript the reader
 * lands on their alerts page; with it, the answer shows in place. The words come from the page,
 * which is rendered on the server in its language.
 */
export function SaveSearchButton({ query, back, label, hint }: { query: string; back: string; label: string; hint: string }) {
  const locale = useLocaleParam();
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [state, formAction, pending] = useActionState<ActionState<{ saved: boolean }>, FormData>(saveSearchAction, null);
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-2 text-sm" data-testid="save-search-form">
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="locale" value={locale} />
      {hydrated ? <input type="hidden" name="js" value="1" /> : null}
      <button type="submit" disabled={pending} title={hint} className="rounded-full border border-line bg-white px-3 py-1 hover:border-accent disabled:opacity-60">
        🔔 {label}
      </button>
      {state?.message ? (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-muted" : "text-red-800"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
