// The library's query string and forms, shared by the page and the handlers.
import { z } from "zod";
import { PUBLICATION_TYPES } from "@/lib/format";
import { safeRedirectPath } from "@/lib/security/redirect";
import { RECORD_ID, urlSlugSchema } from "@/lib/validations/slug";

export const NOTE_MAX = 2000;

const slug = urlSlugSchema;

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

// Messages naming a catalogue code (lib/messages/catalog.ts) are the refusal the gateway sends.
const ownId = z.string().regex(RECORD_ID, "request.notFound");
const back = z.string().optional().transform((b) => safeRedirectPath(b, "/library"));

export const bookmarkToggleSchema = z.object({
  publicationId: z.string().regex(RECORD_ID, "library.unavailable"),
  intent: z.enum(["save", "unsave"], "request.unreadable"),
  back: z.string().optional().transform((b) => safeRedirectPath(b)),
  // Set by the control once hydrated: answer in place rather than redirect.
  js: z.literal("1").optional().catch(undefined),
});

export const noteSchema = z.object({
  bookmarkId: ownId,
  note: z.string().max(NOTE_MAX, "library.noteTooLong").default(""),
  back,
});

export const removeSchema = z.object({ id: z.array(ownId).min(1, "library.noneSelected").max(500, "request.tooLarge"), back });
