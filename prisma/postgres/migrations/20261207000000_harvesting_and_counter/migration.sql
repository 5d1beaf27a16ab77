-- AlterTable
ALTER TABLE "Author" ADD COLUMN     "orcid" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "doi" TEXT;

-- CreateTable
CREATE TABLE "DeletedPublication" (
    "id" TEXT NOT NULL,
    "sets" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletedPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DownloadEvent" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "visitor" TEXT NOT NULL,
    "session" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,
    "robot" BOOLEAN NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DownloadEvent_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "DownloadEvent" ADD CONSTRAINT "DownloadEvent_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

