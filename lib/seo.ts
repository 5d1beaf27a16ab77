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
};

export function pageMetadata({ title, description, path, type = "website", publishedTime, authors, feed }: PageMetadataOptions): Metadata {
  const desc = description.length > 300 ? `${description.slice(0, 297).replace(/\s+\S*$/, "")}…` : description;
  return {
    title,
    description: desc,
    alternates: { canonical: path, ...(feed ? { types: { "application/atom+xml": [{ url: feed.path, title: feed.title }] } } : {}) },
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
