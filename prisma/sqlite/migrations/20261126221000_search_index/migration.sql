-- Full-text index of the catalogue, kept in step by triggers, so an import or an edit is
-- searchable at once. Written by hand: Prisma models neither FTS5 tables nor triggers; the
-- migrator treats "PublicationSearch" (and FTS5's shadow tables) as external.
CREATE VIRTUAL TABLE "PublicationSearch" USING fts5(
  "publicationId" UNINDEXED, "title", "summary", "people", "terms", "series", "center",
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "search_publication_insert" AFTER INSERT ON "Publication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (NEW."id");
END;

CREATE TRIGGER "search_publication_update" AFTER UPDATE ON "Publication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (NEW."id");
END;

CREATE TRIGGER "search_publication_delete" AFTER DELETE ON "Publication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" = OLD."id";
END;

CREATE TRIGGER "search_publicationauthor_insert" AFTER INSERT ON "PublicationAuthor" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (NEW."publicationId");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (NEW."publicationId");
END;

CREATE TRIGGER "search_publicationauthor_delete" AFTER DELETE ON "PublicationAuthor" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (OLD."publicationId");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (OLD."publicationId");
END;

CREATE TRIGGER "search_publicationtotopic_insert" AFTER INSERT ON "_PublicationToTopic" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (NEW."A");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (NEW."A");
END;

CREATE TRIGGER "search_publicationtotopic_delete" AFTER DELETE ON "_PublicationToTopic" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (OLD."A");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (OLD."A");
END;

CREATE TRIGGER "search_publicationtoregion_insert" AFTER INSERT ON "_PublicationToRegion" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (NEW."A");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (NEW."A");
END;

CREATE TRIGGER "search_publicationtoregion_delete" AFTER DELETE ON "_PublicationToRegion" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (OLD."A");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (OLD."A");
END;

CREATE TRIGGER "search_programtopublication_insert" AFTER INSERT ON "_ProgramToPublication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (NEW."B");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (NEW."B");
END;

CREATE TRIGGER "search_programtopublication_delete" AFTER DELETE ON "_ProgramToPublication" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (OLD."B");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (OLD."B");
END;

CREATE TRIGGER "search_author_rename" AFTER UPDATE OF "name" ON "Author" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (SELECT "publicationId" FROM "PublicationAuthor" WHERE "authorId" = NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (SELECT "publicationId" FROM "PublicationAuthor" WHERE "authorId" = NEW."id");
END;

CREATE TRIGGER "search_topic_rename" AFTER UPDATE OF "name" ON "Topic" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (SELECT "A" FROM "_PublicationToTopic" WHERE "B" = NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (SELECT "A" FROM "_PublicationToTopic" WHERE "B" = NEW."id");
END;

CREATE TRIGGER "search_region_rename" AFTER UPDATE OF "name" ON "Region" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (SELECT "A" FROM "_PublicationToRegion" WHERE "B" = NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (SELECT "A" FROM "_PublicationToRegion" WHERE "B" = NEW."id");
END;

CREATE TRIGGER "search_center_rename" AFTER UPDATE OF "name" ON "Center" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (SELECT "id" FROM "Publication" WHERE "centerId" = NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (SELECT "id" FROM "Publication" WHERE "centerId" = NEW."id");
END;

CREATE TRIGGER "search_program_rename" AFTER UPDATE OF "name" ON "Program" BEGIN
  DELETE FROM "PublicationSearch" WHERE "publicationId" IN (SELECT "B" FROM "_ProgramToPublication" WHERE "A" = NEW."id");
  INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
  SELECT p."id", p."title", p."summary",
    COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
    COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
    COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
    COALESCE(p."series", ''),
    COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
    COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
  FROM "Publication" p WHERE p."id" IN (SELECT "B" FROM "_ProgramToPublication" WHERE "A" = NEW."id");
END;

-- Publications that exist before this migration.
INSERT INTO "PublicationSearch" ("publicationId", "title", "summary", "people", "terms", "series", "center")
SELECT p."id", p."title", p."summary",
  COALESCE((SELECT group_concat(a."name", ' ') FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."id"), ''),
  COALESCE((SELECT group_concat(t."name", ' ') FROM "_PublicationToTopic" x JOIN "Topic" t ON t."id" = x."B" WHERE x."A" = p."id"), '') || ' ' ||
  COALESCE((SELECT group_concat(r."name", ' ') FROM "_PublicationToRegion" x JOIN "Region" r ON r."id" = x."B" WHERE x."A" = p."id"), ''),
  COALESCE(p."series", ''),
  COALESCE((SELECT c."name" FROM "Center" c WHERE c."id" = p."centerId"), '') || ' ' ||
  COALESCE((SELECT group_concat(g."name", ' ') FROM "_ProgramToPublication" x JOIN "Program" g ON g."id" = x."A" WHERE x."B" = p."id"), '')
FROM "Publication" p WHERE p."id" IN (SELECT "id" FROM "Publication");
