import { getSession } from "@/lib/auth";
import { readRewarmQueue } from "@/lib/cache/rewarm";
import { notFoundResponse } from "@/lib/http/responses";

// How many expired pages this process is still rendering again, for editors (and the tests that
// check the re-render, without rendering the pages themselves by asking for them).
export async function GET() {
  const session = await getSession();
  if (session?.user.role !== "EDITOR" && session?.user.role !== "ADMIN") return notFoundResponse();
  return Response.json(readRewarmQueue(), { headers: { "cache-control": "no-store" } });
}
