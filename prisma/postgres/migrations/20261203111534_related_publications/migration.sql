-- CreateTable
CREATE TABLE "RelatedPublication" (
    "publicationId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RelatedPublication_pkey" PRIMARY KEY ("publicationId","position")
);

-- CreateIndex
CREATE INDEX "RelatedPublication_relatedId_idx" ON "RelatedPublication"("relatedId");

-- AddForeignKey
ALTER TABLE "RelatedPublication" ADD CONSTRAINT "RelatedPublication_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedPublication" ADD CONSTRAINT "RelatedPublication_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
