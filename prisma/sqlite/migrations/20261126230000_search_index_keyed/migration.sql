-- The first index deleted a publication's row by its UNINDEXED "publicationId", which FTS5 can
-- only do by scanning every row: an edit cost O(catalogue) and a bulk import O(n²) (a
-- 100,000-publication seed did not finish in 7 minutes). Rows are now addressed by FTS5 rowid
-- through "PublicationSearchKey", whose INTEGER PRIMARY KEY survives VACUUM (a plain table's
-- implicit rowid does not). "PublicationSearchSource" is the one definition of an index row.
DROP TRIGGER "search_publication_insert";
DROP TRIGGER "search_publication_update";
DROP TRIGGER "search_publication_delete";
DROP TRIGGER "search_publicationauthor_insert";
DROP TRIGGER "search_publicationauthor_delete";
DROP TRIGGER "search_publicationtotopic_insert";
DROP TRIGGER "search_publicationtotopic_delete";
DROP TRIGGER "search_publicationtoregion_insert";
DROP TRIGGER "search_publicationtoregion_delete";
DROP TRIGGER "search_programtopublication_insert";
DROP TRIGGER "search_programtopublication_delete";
DROP TRIGGER "search_author_rename";
DROP TRIGGER "search_topic_rename";
DROP TRIGGER "search_region_rename";
DROP TRIGGER "search_center_rename";
DROP TRIGGER "search_program_rename";
DELETE FROM "PublicationSearch";

CREATE TABLE "PublicationSearchKey" (
  "rowid" INTEGER NOT NULL PRIMARY KEY,
  "publicationId" TEXT NOT NULL UNIQUE
);

CREATE VIEW "PublicationSearchSource" AS
SELECT p."id" AS "publicationId", p."title", p."summary",
  COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), '') AS "people",
  COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
  COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), '') AS "terms",
  COALESCE(p."series", '') AS "series",
  COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
  COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '') AS "center"
FROM "Publication" p;

CREATE TRIGGER "search_publication_insert" AFTER INSERT ON "Publication" BEGIN
  INSERT OR IGNORE INTO "PublicationSearchKey" ("publicationId") VALUES (NEW."id");
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (NEW."id");
END;

-- Only the indexed columns: a status change or a PDF replacement leaves the index alone.
CREATE TRIGGER "search_publication_update" AFTER UPDATE OF "title", "summary", "series", "centerId" ON "Publication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (NEW."id");
END;

CREATE TRIGGER "search_publication_delete" AFTER DELETE ON "Publication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (OLD."id"));
  DELETE FROM "PublicationSearchKey" WHERE "publicationId" = OLD."id";
END;

CREATE TRIGGER "search_publicationauthor_insert" AFTER INSERT ON "PublicationAuthor" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (NEW."publicationId"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (NEW."publicationId");
END;

CREATE TRIGGER "search_publicationauthor_delete" AFTER DELETE ON "PublicationAuthor" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (OLD."publicationId"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (OLD."publicationId");
END;

CREATE TRIGGER "search_publicationtotopic_insert" AFTER INSERT ON "_PublicationToTopic" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (NEW."A"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (NEW."A");
END;

CREATE TRIGGER "search_publicationtotopic_delete" AFTER DELETE ON "_PublicationToTopic" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (OLD."A"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (OLD."A");
END;

CREATE TRIGGER "search_publicationtoregion_insert" AFTER INSERT ON "_PublicationToRegion" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (NEW."A"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (NEW."A");
END;

CREATE TRIGGER "search_publicationtoregion_delete" AFTER DELETE ON "_PublicationToRegion" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (OLD."A"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (OLD."A");
END;

CREATE TRIGGER "search_programtopublication_insert" AFTER INSERT ON "_ProgramToPublication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (NEW."B"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (NEW."B");
END;

CREATE TRIGGER "search_programtopublication_delete" AFTER DELETE ON "_ProgramToPublication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (OLD."B"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (OLD."B");
END;

CREATE TRIGGER "search_author_rename" AFTER UPDATE OF "name" ON "Author" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (SELECT "publicationId" FROM "PublicationAuthor" WHERE "authorId" = NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (SELECT "publicationId" FROM "PublicationAuthor" WHERE "authorId" = NEW."id");
END;

CREATE TRIGGER "search_topic_rename" AFTER UPDATE OF "name" ON "Topic" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (SELECT "A" FROM "_PublicationToTopic" WHERE "B" = NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (SELECT "A" FROM "_PublicationToTopic" WHERE "B" = NEW."id");
END;

CREATE TRIGGER "search_region_rename" AFTER UPDATE OF "name" ON "Region" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (SELECT "A" FROM "_PublicationToRegion" WHERE "B" = NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (SELECT "A" FROM "_PublicationToRegion" WHERE "B" = NEW."id");
END;

CREATE TRIGGER "search_center_rename" AFTER UPDATE OF "name" ON "Center" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (SELECT "id" FROM "Publication" WHERE "centerId" = NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (SELECT "id" FROM "Publication" WHERE "centerId" = NEW."id");
END;

CREATE TRIGGER "search_program_rename" AFTER UPDATE OF "name" ON "Program" BEGIN
  DELETE FROM "PublicationSearch" WHERE "rowid" IN (SELECT "rowid" FROM "PublicationSearchKey" WHERE "publicationId" IN (SELECT "B" FROM "_ProgramToPublication" WHERE "A" = NEW."id"));
  INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId"
  WHERE s."publicationId" IN (SELECT "B" FROM "_ProgramToPublication" WHERE "A" = NEW."id");
END;

-- Rebuild every row under the new keys.
INSERT INTO "PublicationSearchKey" ("publicationId") SELECT "id" FROM "Publication";
INSERT INTO "PublicationSearch" ("rowid", "publicationId", "title", "summary", "people", "terms", "series", "center")
SELECT k."rowid", s.* FROM "PublicationSearchSource" s JOIN "PublicationSearchKey" k ON k."publicationId" = s."publicationId";
