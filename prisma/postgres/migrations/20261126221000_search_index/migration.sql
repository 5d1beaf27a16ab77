-- Full-text index of the catalogue, kept in step by triggers, so an import or an edit is
-- searchable at once. Written by hand: Prisma models neither tsvector indexes nor triggers; the
-- migrator treats "PublicationSearch" as external. unaccent makes "securite" find "sécurité".
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE "PublicationSearch" (
  "publicationId" TEXT PRIMARY KEY REFERENCES "Publication"("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL,
  "titleDocument" tsvector NOT NULL
);
CREATE INDEX "PublicationSearch_document_idx" ON "PublicationSearch" USING GIN ("document");
CREATE INDEX "PublicationSearch_titleDocument_idx" ON "PublicationSearch" USING GIN ("titleDocument");

CREATE FUNCTION folio_search_rebuild(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublicationSearch" WHERE "publicationId" = ANY(ids);
  INSERT INTO "PublicationSearch" ("publicationId", "document", "titleDocument")
  SELECT p."id",
    setweight(to_tsvector('simple', unaccent(p."title")), 'A') ||
    setweight(to_tsvector('simple', unaccent(COALESCE((SELECT string_agg(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''))), 'B') ||
    setweight(to_tsvector('simple', unaccent(
      COALESCE((SELECT string_agg(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
      COALESCE((SELECT string_agg(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
      COALESCE(p."series", '') || ' ' ||
      COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
      COALESCE((SELECT string_agg(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
    )), 'C') ||
    setweight(to_tsvector('simple', unaccent(p."summary")), 'D'),
    to_tsvector('simple', unaccent(p."title"))
  FROM "Publication" p WHERE p."id" = ANY(ids);
$$;

-- Deleting a publication needs no trigger: the foreign key cascades.
CREATE FUNCTION folio_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row RECORD := COALESCE(NEW, OLD);
BEGIN
  IF TG_TABLE_NAME = 'Publication' THEN
    IF TG_OP = 'DELETE' THEN RETURN NULL; END IF;
    PERFORM folio_search_rebuild(ARRAY[row."id"]);
  ELSIF TG_TABLE_NAME = 'PublicationAuthor' THEN
    PERFORM folio_search_rebuild(ARRAY[row."publicationId"]);
  ELSIF TG_TABLE_NAME IN ('_PublicationToTopic', '_PublicationToRegion') THEN
    PERFORM folio_search_rebuild(ARRAY[row."A"]);
  ELSIF TG_TABLE_NAME = '_ProgramToPublication' THEN
    PERFORM folio_search_rebuild(ARRAY[row."B"]);
  ELSIF TG_TABLE_NAME = 'Author' THEN
    PERFORM folio_search_rebuild(ARRAY(SELECT "publicationId" FROM "PublicationAuthor" WHERE "authorId" = row."id"));
  ELSIF TG_TABLE_NAME = 'Topic' THEN
    PERFORM folio_search_rebuild(ARRAY(SELECT "A" FROM "_PublicationToTopic" WHERE "B" = row."id"));
  ELSIF TG_TABLE_NAME = 'Region' THEN
    PERFORM folio_search_rebuild(ARRAY(SELECT "A" FROM "_PublicationToRegion" WHERE "B" = row."id"));
  ELSIF TG_TABLE_NAME = 'Center' THEN
    PERFORM folio_search_rebuild(ARRAY(SELECT "id" FROM "Publication" WHERE "centerId" = row."id"));
  ELSIF TG_TABLE_NAME = 'Program' THEN
    PERFORM folio_search_rebuild(ARRAY(SELECT "B" FROM "_ProgramToPublication" WHERE "A" = row."id"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "search_publication" AFTER INSERT OR UPDATE ON "Publication" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_publication_author" AFTER INSERT OR DELETE ON "PublicationAuthor" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_publication_topic" AFTER INSERT OR DELETE ON "_PublicationToTopic" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_publication_region" AFTER INSERT OR DELETE ON "_PublicationToRegion" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_program_publication" AFTER INSERT OR DELETE ON "_ProgramToPublication" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_author_rename" AFTER UPDATE OF "name" ON "Author" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_topic_rename" AFTER UPDATE OF "name" ON "Topic" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_region_rename" AFTER UPDATE OF "name" ON "Region" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_center_rename" AFTER UPDATE OF "name" ON "Center" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();
CREATE TRIGGER "search_program_rename" AFTER UPDATE OF "name" ON "Program" FOR EACH ROW EXECUTE FUNCTION folio_search_trigger();

-- Publications that exist before this migration.
SELECT folio_search_rebuild(ARRAY(SELECT "id" FROM "Publication"));
