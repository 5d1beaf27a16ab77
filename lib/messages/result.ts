// Pure: the one shape in which domain functions and the post gateway refuse.
import { messageStatus, type MessageCode } from "@/lib/messages/catalog";

export type Failure = {
  ok: false;
  /** A stable identifier; the text shown for it comes from lib/messages/catalog.ts. */
  code: MessageCode;
  status: number;
  /** Per field: a message code (or, from a zod schema, a text) to show next to it. */
  fieldErrors?: Record<string, string>;
  /** What fills the {placeholders} of the catalogue's text (and of field codes). */
  values?: Record<string, string | number>;
  /** Words to add after the catalogue's text: data, never prose (titles of blocking publications, say). */
  detail?: string;
  retryAfterSeconds?: number;
  /** A page the reader may open to resolve it (the current version, after a conflict). */
  link?: string;
};

export type Result<T = void> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export function fail(code: MessageCode, extra: Partial<Omit<Failure, "ok" | "code">> = {}): Failure {
  return { ok: false, code, status: extra.status ?? messageStatus(code), ...extra };
}
