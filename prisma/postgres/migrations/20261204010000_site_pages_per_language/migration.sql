-- The institute's pages in each interface language: existing texts were written in English.
-- AlterTable
ALTER TABLE "SitePage" DROP CONSTRAINT "SitePage_pkey",
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD CONSTRAINT "SitePage_pkey" PRIMARY KEY ("slug", "locale");
