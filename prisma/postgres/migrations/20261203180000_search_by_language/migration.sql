-- Each publication is indexed in its own language as well as word for word: "négociations" finds a
-- French text that says "négociation", "negotiating" an English one that says "negotiations", and
-- names and exact words still match as typed. Queries are read with every configuration at once
-- (lib/search/query.ts), since a query's language is not known. "vocabulary" keeps the words
-- alone, unstemmed, for "Did you mean" (lib/search/spelling.ts): stems are not words to suggest.
-- Written by hand, like the index itself (20261126221000_search_index).

ALTER TABLE "PublicationSearch" ADD COLUMN "vocabulary" tsvector NOT NULL DEFAULT ''::tsvector;

-- The text-search configuration of a publication's language; 'simple' (no stemming) for any
-- language PostgreSQL has no stemmer for here.
CREATE FUNCTION folio_search_config(lang TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE lower(split_part(lang, '-', 1))
    WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'es' THEN 'spanish'
    WHEN 'it' THEN 'italian' WHEN 'pt' THEN 'portuguese' WHEN 'nl' THEN 'dutch' WHEN 'ru' THEN 'russian'
    ELSE 'simple' END)::regconfig
$$;

CREATE OR REPLACE FUNCTION folio_search_rebuild(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublicationSearch" WHERE "publicationId" = ANY(ids);
  INSERT INTO "PublicationSearch" ("publicationId", "document", "titleDocument", "vocabulary")
  SELECT p."id",
    w.words ||
      setweight(to_tsvector(c.cfg, unaccent(p."title")), 'A') ||
      setweight(to_tsvector(c.cfg, unaccent(t.terms)), 'C') ||
      setweight(to_tsvector(c.cfg, unaccent(p."summary")), 'D'),
    to_tsvector('simple', unaccent(p."title")) || to_tsvector(c.cfg, unaccent(p."title")),
    w.words
  FROM "Publication" p
  CROSS JOIN LATERAL (SELECT folio_search_config(p."language") AS cfg) c
  CROSS JOIN LATERAL (SELECT
    COALESCE((SELECT string_agg(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), '') AS people,
    COALESCE((SELECT string_agg(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT string_agg(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE(p."series", '') || ' ' ||
    COALESCE((SELECT ce."name" FROM "Center" ce WHERE ce."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT string_agg(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '') AS terms
  ) t
  CROSS JOIN LATERAL (SELECT
    setweight(to_tsvector('simple', unaccent(p."title")), 'A') ||
    setweight(to_tsvector('simple', unaccent(t.people)), 'B') ||
    setweight(to_tsvector('simple', unaccent(t.terms)), 'C') ||
    setweight(to_tsvector('simple', unaccent(p."summary")), 'D') AS words
  ) w
  WHERE p."id" = ANY(ids);
$$;

SELECT folio_search_rebuild(ARRAY(SELECT "id" FROM "Publication"));
