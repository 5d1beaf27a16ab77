import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";


export type FieldChange = { before: unknown; after: unknown };
export type AuditAction = "create" | "update" | "delete" | "publish" | "schedule" | "unpublish" | "replace-pdf" | "replace-cover" | "replace-photo" | "merge" | "role" | "disable" | "enable";

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v && typeof v === "object" ? JSON.stringify(v) : v ?? null);

/** The fields whose value differs, with both values (dates as ISO strings). */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Record<string, FieldChange> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, FieldChange> = {};
  for (const k of keys) {
    const b = comparable(before?.[k]);
    const a = comparable(after?.[k]);
    if (b !== a) out[k] = { before: b, after: a };
  }
  return out;
}

/** Written inside the change's own transaction: no change without its entry, and no entry without it. */
export async function recordAudit(
  tx: Tx,
  { editor, action, entityType, entityId, label, changes }: { editor: { id: string | null; email?: string | null }; action: AuditAction; entityType: string; entityId: string; label: string; changes: Record<string, FieldChange> },
) {
  await tx.auditEntry.create({
    data: { actorId: editor.id, actorEmail: editor.email ?? "", action, entityType, entityId, label: label.slice(0, 300), changes: JSON.stringify(changes) },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries({ entityType, entityId, page = 1 }: { entityType?: string; entityId?: string; page?: number }) {
  const where: Prisma.AuditEntryWhereInput = { ...(entityType ? { entityType } : {}), ...(entityId ? { entityId } : {}) };
  const [total, rows] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as Record<string, FieldChange> })),
  };
}
