import "server-only";
import { db } from "@/lib/db";

export async function listAuthors() {
  return db.author.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, role: true, photoUrl: true, center: { select: { slug: true, name: true } } },
  });
}

export async function getAuthor({ slug }: { slug: string }) {
  return db.author.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, role: true, bio: true, photoUrl: true,
      center: { select: { slug: true, name: true } },
    },
  });
}
