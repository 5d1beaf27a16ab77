// The library's query string and forms, shared by the page and the handlers.
import { z } from "zod";
import { PUBLICATION_TYPES } from "@/lib/format";
import { RECORD_ID, urlSlugSchema } from "@/lib/validations/slug";

export const NOTE_MAX = 2000;

const slug = urlSlugSchema;
const id = z.string().regex(RECORD_ID);

export const libraryQuerySchema = z.object({
  center: slug.optional().catch(undefined),
  topic: slug.optional().catch(undefined),
  type: z.enum(PUBLICATION_TYPES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1)).optional().catch(undefined),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

export function parseLibraryQuery(params: Record<string, string | string[] | undefined>): LibraryQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return libraryQuerySchema.parse(first);
}

export const bookmarkToggleSchema = z.object({
  publicationId: id,
  intent: z.enum(["save", "unsave"]),
});

export const noteSchema = z.object({
  bookmarkId: id,
  note: z.string().max(NOTE_MAX, `Notes are at most ${NOTE_MAX} characters.`),
});

export const removeSchema = z.object({ ids: z.array(id).min(1, "Choose at least one analysis.").max(500) });
