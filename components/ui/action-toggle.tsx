"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { LocaleField } from "@/components/ui/locale-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionState } from "@/lib/http/gateway";

type Label = { text: React.ReactNode; title: string };

type Props<K extends string> = {
  /** A server action made with defineAction; its value says the state after the request. */
  action: (state: ActionState<Record<K, boolean>>, form: FormData) => Promise<ActionState<Record<K, boolean>>>;
  stateKey: K;
  /** What the form posts besides its intent, the language and the script marker. */
  fields: Record<string, string>;
  /** A toggle (Save, Follow): the intents that turn it on and off, and what /api/me says it is (undefined: not known yet). */
  toggle?: { on: string; off: string; known: boolean | undefined; signedIn: boolean };
  label: (shown: boolean) => Label;
  shape?: "box" | "pill";
  testId: string;
  className?: string;
};

/**
 * The one control for a small action on a listed thing: Save, Follow, Alert me. A plain form
 * posting to a server action, so it works without JavaScript (the action then redirects); with it,
 * a toggle flips at once and flips back, with the refusal's message, if the server refuses, and a
 * one-way action shows the answer in place.
 */
export function ActionToggle<K extends string>({ action, stateKey, fields, toggle, label, shape = "box", testId, className }: Props<K>) {
  const hydrated = useHydrated();
  const [state, formAction, pending] = useActionState(action, null);
  // The server's last answer wins over what the page learnt when it loaded.
  const on = state?.value?.[stateKey] ?? toggle?.known ?? false;
  // While the request runs, a toggle shows where it is going; a refusal leaves `on` as it was.
  const shown = toggle && pending ? !on : on;
  const { text, title } = label(shown);
  const message = !pending && state?.message ? state.message : null;
  return (
    <form action={formAction} className={cn("inline-flex flex-wrap items-center gap-2 text-sm", className)} data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {toggle ? <input type="hidden" name="intent" value={on ? toggle.off : toggle.on} /> : null}
      <LocaleField />
      {/* With JavaScript the action answers in place; signed out, it redirects to sign-in either way. */}
      {hydrated ? <input type="hidden" name="js" value="1" /> : null}
      <Button
        variant={toggle && shown ? "pressed" : "outline"}
        size="sm"
        disabled={!toggle && pending}
        aria-pressed={toggle && hydrated && toggle.signedIn ? shown : undefined}
        title={title}
        aria-label={toggle ? title : undefined}
        className={shape === "pill" ? "rounded-full" : "px-2.5"}
      >
        {text}
      </Button>
      {message ? (
        <span role={state?.ok ? "status" : "alert"} className={state?.ok ? "text-muted" : "text-red-800"}>
          {message}
        </span>
      ) : null}
    </form>
  );
}
