import "server-only";
import { notFound } from "next/navigation";
import type { Session } from "next-auth";
import { getSession } from "@/lib/auth";
import { htmlMessage, wantsJson } from "@/lib/http/responses";
import { isSameOriginPost } from "@/lib/security/request";

export type Editor = { id: string; email: string; role: "EDITOR" | "ADMIN" };
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

export function forbiddenResponse(request: Request): Response {
  if (wantsJson(request)) return Response.json({ ok: false, message: "You are not allowed to do that." }, { status: 403, headers: { "cache-control": "no-store" } });
  return htmlMessage({ status: 403, title: "Not allowed", message: "You are not allowed to do that.", backHref: "/" });
}

/**
 * The first line of every back-office route handler: the role, then the origin (a cross-site
 * form post is refused like a reader's). Returns the editor, or the 403 to send.
 */
export async function authorizeEditorPost(request: Request, { level = "editor" }: { level?: EditorLevel } = {}): Promise<Editor | Response> {
  const editor = editorFrom(await getSession(), level);
  if (!editor || !isSameOriginPost(request)) return forbiddenResponse(request);
  return editor;
}
