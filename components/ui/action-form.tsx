"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { LocaleField } from "@/components/ui/locale-field";
import type { ActionState } from "@/lib/http/gateway";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A form posting to a server action made with defineAction (lib/http/gateway): it sends the
 * page's language, and shows the action's refusal above its fields. Its fields are server-rendered
 * children, so a page's forms need no client code of their own; without JavaScript it posts all
 * the same, and an action that redirects lands where it says.
 */
export function ActionForm({ action, label, className, children }: { action: Action; label?: string; className?: string; children: React.ReactNode }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className={className}>
      <LocaleField />
      {state?.message && !state.ok ? <Notice tone="error" className="mb-3">{state.message}</Notice> : null}
      {children}
    </form>
  );
}
