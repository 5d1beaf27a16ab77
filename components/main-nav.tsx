"use client";

import { usePathname } from "next/navigation";
import { TextLink } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { useClientTranslations } from "@/components/use-client-translations";
import { publicPathOf } from "@/lib/i18n/paths";

const NAV = [
  { href: "/analyses", label: "nav.analyses" },
  { href: "/centers", label: "nav.centres" },
  { href: "/authors", label: "nav.researchers" },
] as const;

/** The main menu; the section the reader is in is marked, for the eye and for screen readers. */
export function MainNav() {
  const t = useClientTranslations();
  const pathname = publicPathOf(usePathname() ?? "/");
  return (
    <nav aria-label={t("nav.label")}>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-[0.95rem]">
        {NAV.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <TextLink href={item.href} tone="quiet" aria-current={current ? "page" : undefined} className={cn(current && "font-semibold text-accent-dark underline decoration-2 underline-offset-8")}>
                {t(item.label)}
              </TextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
