import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { SearchBox } from "@/components/search/search-box";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";

const nav = [
  { href: "/analyses", label: "Analyses" },
  { href: "/centers", label: "Research centres" },
  { href: "/authors", label: "Researchers" },
];

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="border-b border-line bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <Container className="flex flex-wrap items-center justify-between gap-x-8 gap-y-2 py-4">
        <Link href="/" className="font-serif text-xl font-semibold leading-tight text-accent-dark">
          {siteName}
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-6 gap-y-1 text-[0.95rem]">
              {nav.map((item) => (
                <li key={item.href}>
                  <TextLink href={item.href} tone="quiet">
                    {item.label}
                  </TextLink>
                </li>
              ))}
            </ul>
          </nav>
          <SearchBox />
          <AccountMenu />
        </div>
      </Container>
    </header>
  );
}
