import "server-only";
import atom from "@/lib/formats/atom";
import bibtex from "@/lib/formats/bibtex";
import crossref from "@/lib/formats/crossref";
import cslJson from "@/lib/formats/csl-json";
import csv from "@/lib/formats/csv";
import type { MetadataFormat, Offer, ReadModels } from "@/lib/formats/define-format";
import oaiDc from "@/lib/formats/oai-dc";
import ris from "@/lib/formats/ris";

// Every machine format, listed once. Adding one: copy a file beside this one (csl-json.ts for a
// citation format, oai-dc.ts for a harvested one), then add it here; where it is offered follows
// from its `offeredIn`.
export const FORMATS = [bibtex, ris, cslJson, csv, oaiDc, crossref, atom] as const;

/** The formats offered in one place, in the list's order. */
export function listFormats<K extends keyof ReadModels>({ model, offeredIn }: { model: K; offeredIn: Offer }): MetadataFormat<K>[] {
  return (FORMATS as readonly MetadataFormat[]).filter((f) => f.model === model && f.offeredIn.includes(offeredIn)) as unknown as MetadataFormat<K>[];
}

/** The format of this name offered there, if there is one. */
export function findFormat<K extends keyof ReadModels>({ model, offeredIn, name }: { model: K; offeredIn: Offer; name: string }): MetadataFormat<K> | undefined {
  return listFormats({ model, offeredIn }).find((f) => f.name === name);
}

/** A format used in one place only (the Crossref export, the feeds), by its name. */
export function formatNamed<K extends keyof ReadModels>({ model, name }: { model: K; name: string }): MetadataFormat<K> {
  const format = (FORMATS as readonly MetadataFormat[]).find((f) => f.model === model && f.name === name);
  if (!format) throw new Error(`No ${model} format named ${name}`);
  return format as unknown as MetadataFormat<K>;
}
