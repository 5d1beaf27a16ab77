import { z } from "zod";
import { getSession } from "@/lib/auth";
import { handlePost } from "@/lib/http/gateway";
import { ok } from "@/lib/messages/result";
import { readReadingPosition, saveReadingPosition } from "@/lib/reading/positions";
import { urlSlugSchema } from "@/lib/validations/slug";
import { readingPositionSchema } from "@/lib/validations/reading";

const params = z.object({ slug: urlSlugSchema });
const privately = { "cache-control": "private, no-store" };

/** The page this reader stopped at; the viewer asks when it opens. */
export async function GET(_request: Request, { params: raw }: { params: Promise<{ slug: string }> }) {
  const parsed = params.safeParse(await raw);
  if (!parsed.success) return Response.json({ error: "Not found" }, { status: 404, headers: privately });
  const session = await getSession();
  if (!session?.user) return Response.json({ error: "Sign in to read online." }, { status: 401, headers: privately });
  return Response.json({ page: await readReadingPosition({ userId: session.user.id, slug: parsed.data.slug }) }, { headers: privately });
}

/** The viewer's "I am on page N", sent as the reader turns pages. */
export const POST = handlePost({
  access: "reader",
  presentation: "page",
  params,
  back: ({ slug }) => `/analyses/${slug}/read`,
  schema: readingPositionSchema,
  run: async ({ page }, { user, params: { slug } }) => {
    const saved = await saveReadingPosition({ userId: user.id, slug, page });
    return saved.ok ? ok({ json: { page: saved.value.page } }) : saved;
  },
});
