import type { AtomFeed, CitationEntry, DepositRecord, RecordMetadata } from "@/lib/formats/read-models";

export type ReadModels = { citation: CitationEntry; record: RecordMetadata; deposit: DepositRecord; feed: AtomFeed };

/** Where a format is offered: "Cite this" on an analysis, a reader's library export, OAI-PMH's metadataPrefix. */
export type Offer = "cite" | "library" | "oai";

/**
 * One machine format: what it writes, from which read model, with which content type. The cite
 * route, the library export, OAI-PMH and the Crossref and feed routes find theirs in
 * lib/formats/registry.ts.
 */
export type MetadataFormat<K extends keyof ReadModels = keyof ReadModels> = {
  /** Its name in addresses and arguments: /cite/<name>, ?format=<name>, metadataPrefix=<name>. */
  name: string;
  label: string;
  model: K;
  contentType: string;
  extension: string;
  offeredIn: readonly Offer[];
  /** For OAI-PMH's ListMetadataFormats; `write` then gets one record and returns its <metadata> content. */
  oai?: { schema: string; namespace: string };
  write: (items: ReadModels[K][], options?: { now?: Date }) => string;
};

/** Keeps the read model's type; the registry lists what this returns. */
export function defineFormat<K extends keyof ReadModels>(format: MetadataFormat<K>): MetadataFormat<K> {
  return format;
}
