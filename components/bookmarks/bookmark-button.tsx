"use client";

import { useActionState, useSyncExternalStore } from "react";
import { toggleBookmarkAction } from "@/lib/actions/toggle-bookmark";
import type { ActionState } from "@/lib/http/gateway";
import { useSaved } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";

/**
 * Save/unsave. A plain form posting to a server action, so it works without JavaScript; with it,
 * the button flips at once and flips back, with a message, if the server refuses.
 */
const noSubscription = () => () => {};

export function BookmarkButton({ publicationId, title, back }: { publicationId: string; title: string; back: string }) {
  const t = useClientTranslations();
  const { me, saved: loaded } = useSaved(publicationId);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [state, formAction, pending] = useActionState<ActionState<{ saved: boolean }>, FormData>(toggleBookmarkAction, null);
  // The server's last answer wins over what the page learnt when it loaded.
  const saved = state?.value?.saved ?? loaded ?? false;

  // While the request runs, show where it is going; a refusal leaves `saved` as it was.
  const shown = pending ? !saved : saved;
  const intent = saved ? "unsave" : "save";
  const error = !pending && state && !state.ok ? state.message : null;
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" data-testid="bookmark-form">
      <input type="hidden" name="publicationId" value={publicationId} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="back" value={back} />
      {/* With JavaScript the action answers in place; signed out, it redirects to sign-in either way. */}
      {hydrated ? <input type="hidden" name="js" value="1" /> : null}
      <button
        type="submit"
        aria-pressed={hydrated && me ? shown : undefined}
        aria-label={t(shown ? "bookmark.savedTitle" : "bookmark.saveTitle", { title })}
        className={`rounded border px-2.5 py-1 text-sm transition-colors ${shown ? "border-accent bg-accent text-white" : "border-line bg-white text-ink hover:border-accent"}`}
      >
        {t(shown ? "bookmark.saved" : "bookmark.save")}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </form>
  );
}
