import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";

export async function listAuthors() {
  await tagPage([TAG.catalog]);
  return db.author.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, role: true, photoSha256: true, center: { select: { slug: true, name: true } } },
  });
}

/** An author's page: their own fields, their centre's name, and the list of their publications. */
export async function getAuthor({ slug }: { slug: string }) {
  const author = await db.author.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, role: true, bio: true, photoSha256: true,
      center: { select: { id: true, slug: true, name: true } },
    },
  });
  if (author) await tagPage([TAG.author(author.id), TAG.authorList(author.id), ...(author.center ? [TAG.center(author.center.id)] : [])]);
  return author;
}
