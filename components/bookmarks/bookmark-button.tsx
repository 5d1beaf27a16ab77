"use client";

import { toggleBookmarkAction } from "@/lib/actions/toggle-bookmark";
import { ActionToggle } from "@/components/ui/action-toggle";
import { useSaved } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";

/** Save/unsave an analysis into the reader's library, on every page that lists analyses. */
export function BookmarkButton({ publicationId, title, back }: { publicationId: string; title: string; back: string }) {
  const t = useClientTranslations();
  const { me, saved } = useSaved(publicationId);
  return (
    <ActionToggle
      action={toggleBookmarkAction}
      stateKey="saved"
      fields={{ publicationId, back }}
      toggle={{ on: "save", off: "unsave", known: saved, signedIn: !!me }}
      label={(shown) => ({ text: t(shown ? "bookmark.saved" : "bookmark.save"), title: t(shown ? "bookmark.savedTitle" : "bookmark.saveTitle", { title }) })}
      testId="bookmark-form"
    />
  );
}
