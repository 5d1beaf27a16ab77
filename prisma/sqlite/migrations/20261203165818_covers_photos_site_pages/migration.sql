-- photoUrl (an external address, shown on no public page) gives way to uploaded photos, stored
-- under their hash (photoSha256). coverSha256 stays null until `npm run covers` or an upload sets it.
-- AlterTable
ALTER TABLE "Publication" ADD COLUMN "coverSha256" TEXT;

-- CreateTable
CREATE TABLE "SitePage" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable: in place rather than Prisma's table rebuild, which the search views over "Author" refuse.
ALTER TABLE "Author" ADD COLUMN "photoSha256" TEXT;
ALTER TABLE "Author" DROP COLUMN "photoUrl";
