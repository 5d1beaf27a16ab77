import { TAXONOMY_KINDS, type TaxonomyKind } from "@/lib/validations/editorial";

export function isTaxonomyKind(value: string): value is TaxonomyKind {
  return (TAXONOMY_KINDS as readonly string[]).includes(value);
}
