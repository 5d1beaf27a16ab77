"use client";

import { Link, useLocaleParam } from "@/components/ui/locale-link";
import { LocaleField } from "@/components/ui/locale-field";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { useMe } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";
import { localePath, publicPathOf } from "@/lib/i18n/paths";

// One box for "Sign in", the reader's name and the moment between: the header keeps its size
// when the page learns who is signed in (no layout shift), and a long name is cut, not wrapped.
const SLOT = "inline-flex h-9 w-36 items-center justify-center truncate rounded border px-3";

/**
 * The header's per-user corner. The cached page HTML always holds the signed-out link (so it
 * works without JavaScript); after hydration it becomes the reader's menu when signed in.
 */
export function AccountMenu() {
  const t = useClientTranslations();
  const me = useMe();
  const locale = useLocaleParam();
  const path = publicPathOf(usePathname() ?? "/");
  if (!me) {
    // The page to come back to, in the language it was read in.
    const back = path !== "/" && !path.startsWith("/sign-") ? `?callbackUrl=${encodeURIComponent(localePath(locale, path))}` : "";
    return (
      <Link href={`/sign-in${back}`} className={cn(SLOT, "border-accent text-accent hover:bg-accent-soft")}>
        {t("account.signIn")}
      </Link>
    );
  }
  return <ReaderMenu label={me.name ?? me.email} editor={me.role === "EDITOR" || me.role === "ADMIN"} />;
}

/** A <details> menu that also closes with Escape (focus back on its button) and with a click or focus outside. */
function ReaderMenu({ label, editor }: { label: string; editor: boolean }) {
  const t = useClientTranslations();
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
      <summary className={cn(SLOT, "cursor-pointer list-none justify-start border-line hover:border-accent")} aria-label={t("account.menuFor", { name: label })} title={label}>
        <span className="truncate">{label}</span>
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-56 rounded border border-line bg-white p-2 shadow">
        <Link href="/library" className={item}>
          {t("account.library")}
        </Link>
        <Link href="/account/alerts" className={item}>
          {t("account.alerts")}
        </Link>
        <Link href="/account" className={item}>
          {t("account.account")}
        </Link>
        {editor ? (
          <Link href="/admin" prefetch={false} className={item}>
            {t("account.backOffice")}
          </Link>
        ) : null}
        <form method="post" action="/api/account/sign-out">
          <LocaleField />
          <button type="submit" className={cn(item, "w-full text-left")}>
            {t("account.signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
