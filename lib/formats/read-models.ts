// What each machine format is written from. lib/formats/define-format.ts names them by key; the
// domains' queries (and the builders beside them) fill them.

/** One publication, as a citation: "Cite this", a reader's library export. */
export type CitationEntry = {
  key: string;
  type: string; // analysis, policy-brief, report, article, book-chapter
  title: string;
  authors: string[]; // "Given Family", in order
  year: number;
  date: string; // YYYY-MM-DD
  institution: string;
  series?: string | null;
  number?: number | null;
  url: string;
  language?: string;
  /** Bare, as stored (10.1234/abc). */
  doi?: string | null;
  /** From a reader's library: when they saved it, and their note. */
  savedAt?: Date;
  note?: string | null;
};


/** One publication, as a harvested record (OAI-PMH): its metadata, never its PDF's address. */
export type RecordMetadata = {
  title: string;
  slug: string;
  language: string;
  type: string;
  publishedAt: Date;
  teaser: string;
  doi: string | null;
  series: string | null;
  seriesNumber: number | null;
  hasPdf: boolean;
  centerName: string;
  authors: Array<{ name: string; orcid: string | null }>;
  topics: string[];
  regions: string[];
};

/** One publication whose DOI a Crossref deposit registers. */
export type DepositRecord = {
  slug: string;
  title: string;
  language: string;
  teaser: string;
  publishedAt: Date;
  series: string | null;
  seriesNumber: number | null;
  doi: string | null;
  center: { name: string };
  authors: Array<{ author: { name: string; orcid: string | null } }>;
};

/** A feed of publications: everything, or a centre's, a researcher's, a topic's… */
export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  authors: Array<{ name: string; uri?: string }>;
  categories?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl: string;
  updated: Date;
  authorName: string;
  entries: AtomEntry[];
};
