import "server-only";
import { db } from "@/lib/db";
import { containsIgnoringCase } from "@/lib/db/sql";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { recordAudit, type FieldChange } from "@/lib/editorial/audit";
import type { Editor } from "@/lib/editorial/access";
import { fail, ok, type Result } from "@/lib/messages/result";

export const USERS_PAGE_SIZE = 50;

export async function listUsers({ q = "", page = 1 }: { q?: string; page?: number }) {
  const where: Prisma.UserWhereInput = q ? { email: containsIgnoringCase(q.toLowerCase()) } : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, role: true, disabledAt: true, emailVerified: true, createdAt: true },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), rows };
}

export type UserChange = { intent: "role"; role: Role } | { intent: "disable" } | { intent: "enable" };

/**
 * Role changes and disabling, with one rule checked inside the transaction: an enabled admin
 * must remain. Disabling bumps the session version, so the account's sessions end at once.
 */
export async function changeUser({ editor, id, change }: { editor: Editor; id: string; change: UserChange }): Promise<Result> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true, role: true, disabledAt: true } });
    if (!user) return fail("request.missing");
    const losesAdmin = user.role === "ADMIN" && !user.disabledAt && ((change.intent === "role" && change.role !== "ADMIN") || change.intent === "disable");
    if (losesAdmin && (await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: id } } })) === 0) {
      return fail("editor.lastAdmin");
    }
    const data: Prisma.UserUpdateInput =
      change.intent === "role" ? { role: change.role } : change.intent === "disable" ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null };
    await tx.user.update({ where: { id }, data });
    const changes: Record<string, FieldChange> =
      change.intent === "role"
        ? { role: { before: user.role, after: change.role } }
        : { disabled: { before: !!user.disabledAt, after: change.intent === "disable" } };
    await recordAudit(tx, { editor, action: change.intent, entityType: "user", entityId: id, label: user.email, changes });
    return ok(undefined);
  });
}
