// The back office's forms, shared by the client forms (for field names and limits) and the route
// handlers that receive them. Every schema reads FormData-shaped input: strings, string arrays for
// repeated fields, a File for an upload. A message naming a catalogue code (lib/messages/catalog.ts)
// is the refusal the gateway sends.
import { z } from "zod";
import { withLocalizedFields } from "@/lib/validations/localized";
import { PUBLICATION_TYPES } from "@/lib/format";
import { safeRedirectPath } from "@/lib/security/redirect";
import { RECORD_ID } from "@/lib/validations/slug";
import { normalizeDoi, normalizeOrcid } from "@/lib/validations/identifiers";

export const EDITORIAL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().trim().min(1, "field.slugEmpty").max(100, "field.tooLong").regex(EDITORIAL_SLUG, "field.slugInvalid");
const text = (max: number, empty = "field.required") => z.string().trim().min(1, empty).max(max, "field.tooLong");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "field.tooLong")
    .transform((s) => (s === "" ? null : s));
const id = z.string().regex(RECORD_ID, "field.unknownItem");
/** An optional persistent identifier: empty is none; anything else must read as one. */
const optionalIdentifier = (normalize: (s: string) => string | null, code: string) =>
  z
    .string()
    .max(300, "field.tooLong")
    .transform((s, ctx) => (s.trim() === "" ? null : (normalize(s) ?? (ctx.addIssue({ code: "custom", message: code }), z.NEVER))));
const ids = (max: number) => z.array(id).max(max, "field.tooMany").transform((xs) => [...new Set(xs)]);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "field.dateFormat")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "field.dateInvalid")
  .transform((s) => new Date(`${s}T00:00:00Z`));

export const publicationFormSchema = z.object({
  title: text(500),
  slug,
  type: z.enum(PUBLICATION_TYPES, "field.chooseType"),
  language: z.string().regex(/^[a-z]{2}$/, "field.languageCode"),
  publishedAt: isoDay,
  series: optionalText(200),
  seriesNumber: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/, "field.wholeNumber")
    .transform((s) => (s === "" ? null : Number(s)))
    .refine((n) => n === null || n > 0, "field.positiveNumber"),
  doi: optionalIdentifier(normalizeDoi, "field.doiInvalid").default(""),
  summary: text(50_000),
  centerId: id.or(z.literal("").transform(() => null)).refine((v) => v !== null, "field.chooseCentre"),
  authorIds: ids(50).refine((xs) => xs.length > 0, "field.addAuthor"),
  programIds: ids(50),
  topicIds: ids(100),
  regionIds: ids(100),
  featured: z.string().optional().transform((v) => v === "on" || v === "true"),
  // The version the form was loaded at; absent when creating.
  version: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional(),
});
export type PublicationForm = z.output<typeof publicationFormSchema>;

/** Field names that repeat in the form (one value per selected item, in order). */
export const PUBLICATION_LIST_FIELDS = ["authorIds", "programIds", "topicIds", "regionIds"] as const;

export const publishFormSchema = z
  .discriminatedUnion(
    "intent",
    [
      z.object({ intent: z.literal("publish") }),
      z.object({ intent: z.literal("unpublish") }),
      z.object({
        intent: z.literal("schedule"),
        // From <input type="datetime-local"> plus the browser's offset in minutes (hidden field set by
        // script); without script the time is read as UTC, which the form says.
        scheduledAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "editor.chooseTime"),
        tzOffset: z
          .string()
          .regex(/^(-?\d{1,4})?$/)
          .optional()
          .transform((v) => (v ? Number(v) : 0)),
      }),
    ],
    "editor.chooseAction",
  )
  .transform((input, ctx) => {
    if (input.intent !== "schedule") return { intent: input.intent };
    const at = instantFromLocal(input.scheduledAt, input.tzOffset);
    if (!at) {
      ctx.addIssue({ code: "custom", message: "editor.chooseTime", path: ["scheduledAt"] });
      return z.NEVER;
    }
    return { intent: "schedule" as const, at };
  });

/** A datetime-local value and the browser's getTimezoneOffset() as an instant. */
export function instantFromLocal(local: string, tzOffsetMinutes: number): Date | null {
  const t = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  if (Number.isNaN(t)) return null;
  return new Date(t + tzOffsetMinutes * 60_000);
}

export const centerFormSchema = withLocalizedFields("center", { name: text(200), slug, description: text(5_000) });
export const programFormSchema = withLocalizedFields("program", { name: text(200), slug, description: text(5_000), centerId: id });
export const authorFormSchema = withLocalizedFields("author", {
  name: text(200),
  slug,
  role: text(300),
  bio: text(5_000),
  orcid: optionalIdentifier(normalizeOrcid, "field.orcidInvalid").default(""),
  centerId: id.or(z.literal("").transform(() => null)),
});
export const topicFormSchema = withLocalizedFields("topic", { name: text(100), slug });
export const regionFormSchema = withLocalizedFields("region", { name: text(100), slug });
export const mergeFormSchema = z
  .object({ keepId: id, mergeId: id })
  .refine((v) => v.keepId !== v.mergeId, { message: "editor.chooseTwo", path: ["mergeId"] });

export const confirmDeleteSchema = z.object({ confirm: z.literal("delete", "editor.confirmDelete") });

export const markdownPreviewSchema = z.object({ source: z.string().max(60_000) });

/** The PDF form: one file within the operator's limit, and the version the page was loaded at. */
export function pdfUploadSchema({ maxMb }: { maxMb: number }) {
  return z.object({
    pdf: z
      .instanceof(File, { message: "editor.choosePdf" })
      .refine((f) => f.size > 0, "editor.choosePdf")
      .refine((f) => f.size <= maxMb * 1024 * 1024, "editor.pdfTooLarge"),
    version: z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number)
      .optional()
      .catch(undefined),
  });
}

/** Covers and photos: large enough for any camera's JPEG, small enough to read into memory. */
export const IMAGE_UPLOAD_MAX_MB = 5;

const version = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .optional()
  .catch(undefined);

/**
 * The cover and photo forms: upload an image, or remove the one there (a cover then goes back to
 * the PDF's first page). What the file really is, sharp decides (lib/images).
 */
export const imageUploadSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("upload"),
    image: z
      .instanceof(File, { message: "editor.chooseImage" })
      .refine((f) => f.size > 0, "editor.chooseImage")
      .refine((f) => f.size <= IMAGE_UPLOAD_MAX_MB * 1024 * 1024, "editor.imageTooLarge"),
    version,
  }),
  z.object({ intent: z.literal("remove"), version }),
], { error: () => "editor.chooseAction" });
export type ImageUpload = z.output<typeof imageUploadSchema>;

/** The translations form: link this publication to another by its slug, or leave its group. */
export const translationFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("link"), translation: z.string().trim().min(1, "editor.translationUnknown").max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "editor.translationUnknown") }),
  z.object({ intent: z.literal("unlink") }),
], { error: () => "editor.chooseAction" });
export type TranslationForm = z.output<typeof translationFormSchema>;

export const TAXONOMY_KINDS = ["authors", "centers", "programs", "topics", "regions"] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export const ROLES = ["READER", "EDITOR", "ADMIN"] as const;
const usersBack = z
  .string()
  .optional()
  .transform((b) => {
    const path = safeRedirectPath(b, "/admin/users");
    return path.startsWith("/admin/users") ? path : "/admin/users";
  });
export const userUpdateSchema = z.intersection(
  z.discriminatedUnion(
    "intent",
    [z.object({ intent: z.literal("role"), role: z.enum(ROLES, "field.chooseRole") }), z.object({ intent: z.literal("disable") }), z.object({ intent: z.literal("enable") })],
    "editor.chooseChange",
  ),
  z.object({ back: usersBack }),
);

/** Route parameters of the back office's posts; anything else is a 404. */
export const recordParams = z.object({ id });
export const taxonomyParams = z.object({ kind: z.enum(TAXONOMY_KINDS) });
export const taxonomyRecordParams = taxonomyParams.extend({ id });
export const mergeParams = z.object({ kind: z.enum(["topics", "regions"]) });

export const adminListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(["draft", "scheduled", "published"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const statsPeriodSchema = z.object({
  days: z.coerce.number().int().refine((n) => [7, 30, 90, 365].includes(n)).catch(30),
  publication: z.string().regex(RECORD_ID).optional().catch(undefined),
});

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "field.monthFormat");
/** A COUNTER report's period: whole months, at most three years (what the raw log keeps). */
export const counterPeriodSchema = z
  .object({ from: month, to: month })
  .refine(({ from, to }) => from <= to, { message: "field.monthOrder", path: ["to"] })
  .refine(({ from, to }) => Number(to.slice(0, 4)) * 12 + Number(to.slice(5)) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5))) < 37, { message: "field.monthSpan", path: ["to"] });

/** Field errors keyed by field name: the first message for each. */
// A 50,000-character summary in any script, urlencoded, with room for the other fields.
export const PUBLICATION_FORM_MAX_BYTES = 1024 * 1024;
