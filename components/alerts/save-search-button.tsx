"use client";

import { saveSearchAction } from "@/lib/actions/save-search";
import { ActionToggle } from "@/components/ui/action-toggle";

/**
 * "Alert me about new results": posts the page's query string. Without JavaScript the reader
 * lands on their alerts page; with it, the answer shows in place. The words come from the page,
 * which is rendered on the server in its language.
 */
export function SaveSearchButton({ query, back, label, hint }: { query: string; back: string; label: string; hint: string }) {
  const text = (
    <>
      <BellIcon />
      <span className="ml-1.5">{label}</span>
    </>
  );
  return <ActionToggle action={saveSearchAction} stateKey="saved" fields={{ query, back }} label={() => ({ text, title: hint })} shape="pill" testId="save-search-form" className="mt-3" />;
}

/** A bell drawn by the site: an emoji needs a font that not every reader has. */
function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" data-testid="bell-icon">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
