// The import file's format (documented in docs/import-format.md). Validation here is structural;
// cross-references and files are checked by lib/import.
import { z } from "zod";
import { PUBLICATION_TYPES } from "@/lib/format";
import { localizedSchema } from "@/lib/validations/localized";
import { normalizeDoi, normalizeOrcid } from "@/lib/validations/identifiers";

/** A persistent identifier, stored in one spelling; refused with the way to write it. */
const identifier = (normalize: (s: string) => string | null, message: string) =>
  z.string().transform((s, ctx) => normalize(s) ?? (ctx.addIssue({ code: "custom", message }), z.NEVER));

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens").max(100);
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const programInputSchema = z.strictObject({
  slug,
  name: text(200),
  description: text(5_000),
  /** {"fr": {"name": …, "description": …}}: the programme in the site's other languages. */
  localized: localizedSchema("program").optional(),
});

export const centerInputSchema = z.strictObject({
  slug,
  name: text(200),
  description: text(5_000),
  localized: localizedSchema("center").optional(),
  programs: z.array(programInputSchema).default([]),
});

export const authorInputSchema = z.strictObject({
  slug,
  name: text(200),
  role: text(300),
  bio: text(5_000),
  /** {"fr": {"role": …, "bio": …}}; the name is the same in every language. */
  localized: localizedSchema("author").optional(),
  // A JPEG, PNG or WebP file, relative to the catalogue file like a publication's pdf.
  photo: text(1_000).optional(),
  center: slug.optional(),
  /** The researcher's ORCID iD, bare or as its https://orcid.org/ URL. */
  orcid: identifier(normalizeOrcid, "must be an ORCID iD such as 0000-0002-1825-0097 (its last character is a check digit)").optional(),
});

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real date");

export const publicationInputSchema = z.strictObject({
  slug,
  type: z.enum(PUBLICATION_TYPES),
  title: text(500),
  summary: text(50_000),
  publishedAt: isoDay,
  language: z.string().regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code such as en or fr"),
  authors: z.array(slug).min(1, "needs at least one author"),
  center: slug,
  programs: z.array(slug).default([]),
  topics: z.array(text(100)).default([]),
  regions: z.array(text(100)).default([]),
  series: text(200).optional(),
  seriesNumber: z.number().int().positive().optional(),
  /** A registered DOI: 10.1234/abc, doi:10.1234/abc or https://doi.org/10.1234/abc. */
  doi: identifier(normalizeDoi, "must be a DOI such as 10.1234/abcd").optional(),
  pdf: text(1_000).optional(),
  /** The slug of the publication this one translates, in this file or already imported. */
  translationOf: slug.optional(),
  // Extensions to the base format; both optional.
  status: z.enum(["published", "draft"]).default("published"),
  featured: z.boolean().default(false),
});

/**
 * A topic or region named by publications, given here only to translate it: publications name
 * terms by their catalogue-language name, and a term listed here need not be used.
 */
const termInputSchema = (kind: "topic" | "region") => z.strictObject({ name: text(100), localized: localizedSchema(kind) });

export const catalogSchema = z.strictObject({
  centers: z.array(centerInputSchema).default([]),
  authors: z.array(authorInputSchema).default([]),
  topics: z.array(termInputSchema("topic")).default([]),
  regions: z.array(termInputSchema("region")).default([]),
  publications: z.array(publicationInputSchema).default([]),
});

export type CatalogInput = z.infer<typeof catalogSchema>;
export type PublicationInput = z.infer<typeof publicationInputSchema>;
