import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** The institute's own pages, each with a default text in lib/site-pages/defaults.ts. */
export const SITE_PAGE_SLUGS = ["about", "contact", "privacy", "terms"] as const;
export type SitePageSlug = (typeof SITE_PAGE_SLUGS)[number];

export const sitePageParams = z.object({ slug: z.enum(SITE_PAGE_SLUGS) });

/** An admin's edit of one of the institute's pages: a title, Markdown, and the version it was made from. */
export const sitePageFormSchema = z.object({
  title: z.string().trim().min(1, "field.required").max(200, "field.tooLong"),
  body: z.string().trim().min(1, "field.required").max(60_000, "field.tooLong"),
  version: z.string().regex(/^\d{1,9}$/).transform(Number),
  /** Which language's text this is (the form's `locale` field is the back office's own language). */
  language: z.enum(LOCALES),
});
export type SitePageForm = z.output<typeof sitePageFormSchema>;
