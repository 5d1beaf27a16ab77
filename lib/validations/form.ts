// Pure: how every form reaches its zod schema, and how the schema's complaints come back.
import type { z } from "zod";

/** The first complaint about each field, by field name ("form" for the whole form). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * FormData as the schemas read it: repeated fields as arrays of strings, others as their first
 * value (a string, or a File for an upload field).
 */
export function formObject(form: FormData, listFields: readonly string[] = []): Record<string, string | string[] | File> {
  const out: Record<string, string | string[] | File> = {};
  for (const key of listFields) out[key] = [];
  for (const [k, v] of form) {
    if (listFields.includes(k)) {
      if (typeof v === "string") (out[k] as string[]).push(v);
    } else if (!(k in out)) out[k] = v;
  }
  return out;
}
