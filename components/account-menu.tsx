"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { useMe } from "@/components/use-me";

// One box for "Sign in", the reader's name and the moment between: the header keeps its size
// when the page learns who is signed in (no layout shift), and a long name is cut, not wrapped.
const SLOT = "inline-flex h-9 w-36 items-center justify-center truncate rounded border px-3";

/**
 * The header's per-user corner. The cached page HTML always holds the signed-out link (so it
 * works without JavaScript); after hydration it becomes the reader's menu when signed in.
 */
export function AccountMenu() {
  const me = useMe();
  const pathname = usePathname();
  if (!me) {
    const back = pathname && pathname !== "/" && !pathname.startsWith("/sign-") ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
    return (
      <Link href={`/sign-in${back}`} className={cn(SLOT, "border-accent text-accent hover:bg-accent-soft")}>
        Sign in
      </Link>
    );
  }
  return <ReaderMenu label={me.name ?? me.email} editor={me.role === "EDITOR" || me.role === "ADMIN"} />;
}

/** A <details> menu that also closes with Escape (focus back on its button) and with a click or focus outside. */
function ReaderMenu({ label, editor }: { label: string; editor: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = (event: Event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    document.addEventListener("click", close);
    document.addEventListener("focusin", close);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("focusin", close);
      document.removeEventListener("keydown", escape);
    };
  }, []);
  const item = "block rounded px-3 py-2 hover:bg-accent-soft";
  return (
    <details ref={ref} className="relative">
      <summary className={cn(SLOT, "cursor-pointer list-none justify-start border-line hover:border-accent")} aria-label={`Account menu for ${label}`} title={label}>
        <span className="truncate">{label}</span>
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-56 rounded border border-line bg-white p-2 shadow">
        <Link href="/library" className={item}>
          Your library
        </Link>
        <Link href="/account" className={item}>
          Your account
        </Link>
        {editor ? (
          <Link href="/admin" prefetch={false} className={item}>
            Back office
          </Link>
        ) : null}
        <form method="post" action="/api/account/sign-out">
          <button type="submit" className={cn(item, "w-full text-left")}>
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
