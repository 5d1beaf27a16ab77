"use client";

import { useActionState, useSyncExternalStore } from "react";
import { toggleFollowAction } from "@/lib/actions/toggle-follow";
import type { ActionState } from "@/lib/http/gateway";
import { followKey, type FollowKindSlug } from "@/lib/validations/follow-keys";
import { useFollowed } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";
import { cn } from "@/components/ui/cn";
import { useLocaleParam } from "@/components/ui/locale-link";

const noSubscription = () => () => {};

/**
 * Follow/unfollow, like Save (components/bookmarks/bookmark-button.tsx): a plain form posting to
 * a server action, so it works without JavaScript; with it, it flips at once and flips back, with
 * a message, if the server refuses. Its state comes from /api/me, so the page stays static.
 */
export function FollowButton({ kind, target, name, back, className }: { kind: FollowKindSlug; target: string; name: string; back: string; className?: string }) {
  const t = useClientTranslations();
  const locale = useLocaleParam();
  const { me, following: loaded } = useFollowed(followKey(kind, target));
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [state, formAction, pending] = useActionState<ActionState<{ following: boolean }>, FormData>(toggleFollowAction, null);
  const following = state?.value?.following ?? loaded ?? false;
  const shown = pending ? !following : following;
  const error = !pending && state && !state.ok ? state.message : null;
  return (
    <form action={formAction} className={cn("inline-flex flex-wrap items-center gap-2", className)} data-testid="follow-form">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="intent" value={following ? "unfollow" : "follow"} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="locale" value={locale} />
      {hydrated ? <input type="hidden" name="js" value="1" /> : null}
      <button
        type="submit"
        aria-pressed={hydrated && me ? shown : undefined}
        title={t(shown ? "follow.followingTitle" : "follow.followTitle", { name })}
        aria-label={t(shown ? "follow.followingTitle" : "follow.followTitle", { name })}
        className={`rounded-full border px-3 py-1 text-sm transition-colors ${shown ? "border-accent bg-accent text-white" : "border-line bg-white text-ink hover:border-accent"}`}
      >
        {t(shown ? "follow.following" : "follow.follow")}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </form>
  );
}
