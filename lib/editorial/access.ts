import "server-only";
import { notFound } from "next/navigation";
import type { Session } from "next-auth";
import { getSession } from "@/lib/auth";

/** Who made a change, as the audit trail records it. Posts reach lib/ through lib/http/gateway.ts, which checks the role. */
export type Editor = { id: string; email?: string | null; role: "READER" | "EDITOR" | "ADMIN" };
export type EditorLevel = "editor" | "admin";

function editorFrom(session: Session | null, level: EditorLevel): Editor | null {
  const role = session?.user.role;
  if (!session || (role !== "EDITOR" && role !== "ADMIN")) return null;
  if (level === "admin" && role !== "ADMIN") return null;
  return { id: session.user.id, email: session.user.email ?? "", role };
}

/** For /admin pages: anyone else gets the site's 404, so the back office is not advertised. */
export async function requireEditorPage({ level = "editor" }: { level?: EditorLevel } = {}): Promise<Editor> {
  const editor = editorFrom(await getSession(), level);
  if (!editor) notFound();
  return editor;
}
