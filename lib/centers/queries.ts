import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { inNameOrder, localizeCatalogue } from "@/lib/i18n/catalogue-text";

export async function listCenters() {
  await tagPage([TAG.catalog]);
  const centers = await db.center.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true, name: true, description: true, localized: true,
      programs: { orderBy: { name: "asc" }, select: { slug: true, name: true, localized: true } },
      _count: { select: { publications: { where: { status: "PUBLISHED" } }, authors: true } },
    },
  });
  return inNameOrder(localizeCatalogue(centers)).map((c) => ({ ...c, programs: inNameOrder(c.programs) }));
}

const researcherSelect = { slug: true, name: true, role: true, photoSha256: true, localized: true } as const;

/** A centre's page: its fields, its programmes, its researchers and the list of its publications. */
export async function getCenter({ slug }: { slug: string }) {
  const center = await db.center.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, description: true, localized: true,
      programs: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true, localized: true } },
      authors: { orderBy: { name: "asc" }, select: { id: true, ...researcherSelect } },
    },
  });
  if (!center) return null;
  await tagPage([TAG.center(center.id), TAG.centerList(center.id), ...center.programs.map((g) => TAG.program(g.id)), ...center.authors.map((a) => TAG.author(a.id))]);
  const localized = localizeCatalogue(center);
  return { ...localized, programs: inNameOrder(localized.programs) };
}

/** A programme, found under its own centre only: /centers/other/japan is not a page. */
export async function getProgram({ centerSlug, slug }: { centerSlug: string; slug: string }) {
  const program = await db.program.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, description: true, localized: true,
      center: { select: { id: true, slug: true, name: true, localized: true } },
    },
  });
  if (!program || program.center.slug !== centerSlug) return null;
  // Researchers of a programme: the authors of its publications, most active first.
  const rows = await db.publicationAuthor.groupBy({
    by: ["authorId"],
    where: { publication: { status: "PUBLISHED", programs: { some: { id: program.id } } } },
    _count: { authorId: true },
    orderBy: { _count: { authorId: "desc" } },
    take: 24,
  });
  const authors = await db.author.findMany({ where: { id: { in: rows.map((r) => r.authorId) } }, select: { id: true, ...researcherSelect } });
  const researchers = rows.map((r) => authors.find((a) => a.id === r.authorId)).filter((a) => !!a);
  await tagPage([TAG.program(program.id), TAG.programList(program.id), TAG.center(program.center.id), ...researchers.map((a) => TAG.author(a.id))]);
  return localizeCatalogue({ ...program, researchers });
}
