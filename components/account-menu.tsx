"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useMe } from "@/components/use-me";

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
      <Link href={`/sign-in${back}`} className="rounded border border-accent px-3 py-1.5 text-accent hover:bg-accent-soft">
        Sign in
      </Link>
    );
  }
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded border border-line px-3 py-1.5 hover:border-accent" aria-label={`Account menu for ${me.name ?? me.email}`}>
        {me.name ?? me.email}
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-56 rounded border border-line bg-white p-2 shadow">
        <Link href="/library" className="block rounded px-3 py-2 hover:bg-accent-soft">
          Your library
        </Link>
        <Link href="/account" className="block rounded px-3 py-2 hover:bg-accent-soft">
          Your account
        </Link>
        {me.role === "EDITOR" || me.role === "ADMIN" ? (
          <Link href="/admin" prefetch={false} className="block rounded px-3 py-2 hover:bg-accent-soft">
            Back office
          </Link>
        ) : null}
        <form method="post" action="/api/account/sign-out">
          <button type="submit" className="block w-full rounded px-3 py-2 text-left hover:bg-accent-soft">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
