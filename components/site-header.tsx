import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { SearchBox } from "@/components/search/search-box";
import { Container } from "@/components/ui/container";
import { MainNav } from "@/components/main-nav";

export function SiteHeader({ siteName, logo }: { siteName: string; logo: string }) {
  return (
    <header className="border-b border-line bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <Container className="flex flex-wrap items-center justify-between gap-x-8 gap-y-2 py-4">
        <Link href="/" className="flex items-center gap-3 font-serif text-xl font-semibold leading-tight text-accent-dark">
          {/* eslint-disable-next-line @next/next/no-img-element -- an operator's file or URL of any size and format; next/image is off */}
          <img src={logo} alt="" className="h-9 w-9 shrink-0 object-contain" width={36} height={36} />
          <span>{siteName}</span>
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
