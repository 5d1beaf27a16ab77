import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { SearchBox } from "@/components/search/search-box";
import { Container } from "@/components/ui/container";
import { MainNav } from "@/components/main-nav";

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
          <MainNav />
          <SearchBox />
          <AccountMenu />
        </div>
      </Container>
    </header>
  );
}
