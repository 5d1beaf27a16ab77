import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/env";

export type PageMetadataOptions = {
  title: string;
  description: string;
  /** Site-relative canonical path, with its canonical query string if any. */
  path: string;
  type?: "website" | "article" | "profile";
  publishedTime?: string;
  authors?: string[];
  /** An Atom feed for this page's publications, announced with <link rel="alternate">. */
  feed?: { path: string; title: string };
  /**
   * The same content in other languages, by language code, this page's own included: hreflang
   * alternates, made absolute from SITE_URL, with `x-default` on the first (the page readers land
   * on when no language matches).
   */
  languages?: Array<{ language: string; path: string }>;
};

export function pageMetadata({ title, description, path, type = "website", publishedTime, authors, feed, languages }: PageMetadataOptions): Metadata {
  const desc = description.length > 300 ? `${description.slice(0, 297).replace(/\s+\S*$/, "")}…` : description;
  return {
    title,
    description: desc,
    alternates: {
      canonical: path,
      ...(feed ? { types: { "application/atom+xml": [{ url: feed.path, title: feed.title }] } } : {}),
      ...(languages && languages.length > 1 ? { languages: { ...Object.fromEntries(languages.map((l) => [l.language, l.path])), "x-default": languages[0].path } } : {}),
    },
    openGraph: {
      title,
      description: desc,
      url: path,
      siteName: env.SITE_NAME,
      type,
      locale: "en_GB",
      ...(type === "article" ? { publishedTime, authors } : {}),
    },
    twitter: { card: "summary", title, description: desc },
  };
}
