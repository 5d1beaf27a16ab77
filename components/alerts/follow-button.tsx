"use client";

import { toggleFollowAction } from "@/lib/actions/toggle-follow";
import { followKey, type FollowKindSlug } from "@/lib/validations/follow-keys";
import { ActionToggle } from "@/components/ui/action-toggle";
import { useFollowed } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";

/** Follow/unfollow a researcher, centre, programme, topic or series. Its state comes from /api/me, so the page stays static. */
export function FollowButton({ kind, target, name, back, className }: { kind: FollowKindSlug; target: string; name: string; back: string; className?: string }) {
  const t = useClientTranslations();
  const { me, following } = useFollowed(followKey(kind, target));
  return (
    <ActionToggle
      action={toggleFollowAction}
      stateKey="following"
      fields={{ kind, target, back }}
      toggle={{ on: "follow", off: "unfollow", known: following, signedIn: !!me }}
      label={(shown) => ({ text: t(shown ? "follow.following" : "follow.follow"), title: t(shown ? "follow.followingTitle" : "follow.followTitle", { name }) })}
      shape="pill"
      testId="follow-form"
      className={className}
    />
  );
}
