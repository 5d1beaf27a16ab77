import { auth } from "@/auth";

// The one per-user JSON route: public pages stay static and ask here, from the browser,
// who is signed in.
export async function GET() {
  const session = await auth();
  const user = session?.user ? { name: session.user.name ?? null, email: session.user.email, role: session.user.role } : null;
  return Response.json({ user }, { headers: { "cache-control": "private, no-store" } });
}
