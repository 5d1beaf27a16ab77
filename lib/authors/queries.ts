import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { localizeCatalogue } from "@/lib/i18n/catalogue-text";

export async function listAuthors() {
  await tagPage([TAG.catalog]);
  const authors = await db.author.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, role: true, photoSha256: true, localized: true, center: { select: { slug: true, name: true, localized: true } } },
  });
  return localizeCatalogue(authors);
}

/** An author's page: their own fields, their centre's name, and the list of their publications. */
export async function getAuthor({ slug }: { slug: string }) {
  const author = await db.author.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, role: true, bio: true, photoSha256: true, orcid: true, localized: true,
      center: { select: { id: true, slug: true, name: true, localized: true } },
    },
  });
  if (!author) return null;
  await tagPage([TAG.author(author.id), TAG.authorList(author.id), ...(author.center ? [TAG.center(author.center.id)] : [])]);
  return localizeCatalogue(author);
}
