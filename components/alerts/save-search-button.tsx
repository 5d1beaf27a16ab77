"use client";

import { saveSearchAction } from "@/lib/actions/save-search";
import { ActionToggle } from "@/components/ui/action-toggle";

/**
 * "Alert me about new results": posts the page's query string. Without JavaScript the reader
 * lands on their alerts page; with it, the answer shows in place. The words come from the page,
 * which is rendered on the server in its language.
 */
export function SaveSearchButton({ query, back, label, hint }: { query: string; back: string; label: string; hint: string }) {
  return <ActionToggle action={saveSearchAction} stateKey="saved" fields={{ query, back }} label={() => ({ text: `🔔 ${label}`, title: hint })} shape="pill" testId="save-search-form" className="mt-3" />;
}
