-- The institute's pages in each interface language: existing texts were written in English.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SitePage" (
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("slug", "locale")
);
INSERT INTO "new_SitePage" ("body", "slug", "title", "updatedAt", "version") SELECT "body", "slug", "title", "updatedAt", "version" FROM "SitePage";
DROP TABLE "SitePage";
ALTER TABLE "new_SitePage" RENAME TO "SitePage";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
