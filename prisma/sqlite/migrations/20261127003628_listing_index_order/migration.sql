-- DropIndex
DROP INDEX "Publication_language_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Publication_type_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Publication_centerId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Publication_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Publication_status_publishedAt_id_idx" ON "Publication"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Publication_centerId_status_publishedAt_id_idx" ON "Publication"("centerId", "status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Publication_type_status_publishedAt_id_idx" ON "Publication"("type", "status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Publication_language_status_publishedAt_id_idx" ON "Publication"("language", "status", "publishedAt", "id");
