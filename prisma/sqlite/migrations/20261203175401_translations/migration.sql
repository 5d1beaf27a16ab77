-- AlterTable
ALTER TABLE "Publication" ADD COLUMN "translationGroup" TEXT;

-- CreateIndex
CREATE INDEX "Publication_translationGroup_idx" ON "Publication"("translationGroup");
