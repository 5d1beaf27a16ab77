import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { typeFromSlug } from "@/lib/format";
import type { ListingFilters } from "@/lib/validations/listing";

/** Only published publications are ever public; drafts never leak through a filter. */
export function buildPublicationWhere(filters: ListingFilters): Prisma.PublicationWhereInput {
  const where: Prisma.PublicationWhereInput = { status: "PUBLISHED" };
  if (filters.center) where.center = { slug: filters.center };
  if (filters.program) where.programs = { some: { slug: filters.program } };
  if (filters.topic) where.topics = { some: { slug: filters.topic } };
  if (filters.region) where.regions = { some: { slug: filters.region } };
  if (filters.author) where.authors = { some: { author: { slug: filters.author } } };
  if (filters.type) where.type = typeFromSlug(filters.type);
  if (filters.language) where.language = filters.language;
  if (filters.year) {
    where.publishedAt = {
      gte: new Date(Date.UTC(filters.year, 0, 1)),
      lt: new Date(Date.UTC(filters.year + 1, 0, 1)),
    };
  }
  return where;
}
