-- CreateTable
CREATE TABLE "RelatedPublication" (
    "publicationId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("publicationId", "position"),
    CONSTRAINT "RelatedPublication_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedPublication_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RelatedPublication_relatedId_idx" ON "RelatedPublication"("relatedId");
