"use client";

import { usePathname } from "next/navigation";
import { TextLink } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

const NAV = [
  { href: "/analyses", label: "Analyses" },
  { href: "/centers", label: "Research centres" },
  { href: "/authors", label: "Researchers" },
];

/** The main menu; the section the reader is in is marked, for the eye and for screen readers. */
export function MainNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-[0.95rem]">
        {NAV.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <TextLink href={item.href} tone="quiet" aria-current={current ? "page" : undefined} className={cn(current && "font-semibold text-accent-dark underline decoration-2 underline-offset-8")}>
                {item.label}
              </TextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
