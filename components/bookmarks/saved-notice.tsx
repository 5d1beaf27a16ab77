"use client";

import { useEffect } from "react";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { arrivalClassName, useArrival } from "@/components/use-arrival";
import { useMe } from "@/components/use-me";
import { SAVED_TO_LIBRARY } from "@/lib/accounts/return-to";

/**
 * Where sign-in brings a reader who pressed Save while signed out: the save was completed as they
 * signed in (lib/auth), and this says so, on whatever page they saved from.
 */
export function SavedNotice() {
  const me = useMe();
  const { arrived, settle } = useArrival(SAVED_TO_LIBRARY);
  useEffect(() => {
    if (arrived && me !== undefined) settle();
  }, [arrived, me, settle]);
  return (
    <div id={SAVED_TO_LIBRARY} role="status" className={cn(arrivalClassName(arrived, me === undefined ? undefined : Boolean(me)), "mb-6")}>
      <Container>
        <p className="rounded border-l-4 border-accent bg-accent-soft px-4 py-3">
          You are signed in, and the analysis is saved to your library. <TextLink href="/library">Open your library</TextLink>
        </p>
      </Container>
    </div>
  );
}
