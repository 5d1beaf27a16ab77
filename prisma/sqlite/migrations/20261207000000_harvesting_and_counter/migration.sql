-- AlterTable
ALTER TABLE "Author" ADD COLUMN "orcid" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN "doi" TEXT;

-- CreateTable
CREATE TABLE "DeletedPublication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sets" TEXT NOT NULL,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DownloadEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicationId" TEXT NOT NULL,
    "visitor" TEXT NOT NULL,
    "session" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,
    "robot" BOOLEAN NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DownloadEvent_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeletedPublication_deletedAt_id_idx" ON "DeletedPublication"("deletedAt", "id");

-- CreateIndex
CREATE INDEX "DownloadEvent_publicationId_visitor_at_idx" ON "DownloadEvent"("publicationId", "visitor", "at");

-- CreateIndex
CREATE INDEX "DownloadEvent_at_idx" ON "DownloadEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_doi_key" ON "Publication"("doi");

-- CreateIndex
CREATE INDEX "Publication_updatedAt_id_idx" ON "Publication"("updatedAt", "id");
