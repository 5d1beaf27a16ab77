import type { Metadata } from "next";
import { env } from "@/lib/env";
import { MESSAGES } from "@/lib/i18n/translate";
import "./globals.css";

export const metadata: Metadata = { title: `${MESSAGES.en.notFound.title} · ${env.SITE_NAME}`, robots: { index: false } };

// An address no route matches: static, so it is whole HTML for every visitor, JavaScript or not.
// It cannot know which language the reader wanted, so it says it in both; a page that exists but
// has no such item (an unknown slug) gets its locale's 404 (app/[locale]/not-found.tsx).
export default function NotFound() {
  const texts = [
    { lang: "en", homeHref: "/", browseHref: "/analyses", ...MESSAGES.en.notFound },
    { lang: "fr", homeHref: "/fr", browseHref: "/fr/analyses", ...MESSAGES.fr.notFound },
  ];
  return (
    <html lang="en">
      <body className="font-sans antialiased">
        <header className="border-b border-line bg-white">
          <p className="mx-auto max-w-6xl px-4 py-4 font-serif text-xl font-semibold text-accent-dark sm:px-6">
            <a href="/">{env.SITE_NAME}</a>
          </p>
        </header>
        <main className="mx-auto grid max-w-4xl gap-12 px-4 py-12 sm:grid-cols-2 sm:px-6">
          {texts.map((t) => (
            <section key={t.lang} lang={t.lang === "en" ? undefined : t.lang}>
              <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t.eyebrow}</p>
              <h1 className="mt-2 font-serif text-3xl font-semibold">{t.title}</h1>
              <p className="mt-4 text-muted">{t.text}</p>
              <ul className="mt-6 flex flex-wrap gap-4">
                <li>
                  <a className="text-accent underline" href={t.browseHref}>{t.browse}</a>
                </li>
                <li>
                  <a className="text-accent underline" href={t.homeHref}>{t.home}</a>
                </li>
              </ul>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
