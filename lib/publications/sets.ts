// Pure: the sets (OAI-PMH setSpecs) a publication belongs to: its centre, its programmes, its type.
// The harvesting interface lists them; deleting a publication keeps them on its tombstone.
import { typeToSlug } from "@/lib/format";

export type Classified = { type: string; center: { slug: string }; programs: Array<{ slug: string }> };

/** The setSpecs a publication is in, parents included (a record in center:x is in center too). */
export function publicationSets(p: Classified): string[] {
  return ["center", `center:${p.center.slug}`, ...(p.programs.length ? ["program", ...p.programs.map((g) => `program:${g.slug}`)] : []), "type", `type:${typeToSlug(p.type)}`];
}

/** The space-padded form a tombstone keeps, so that one LIKE finds a set in it. */
export function tombstoneSets(p: Classified): string {
  return ` ${publicationSets(p).join(" ")} `;
}
