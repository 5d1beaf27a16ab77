-- Centres, programmes, researchers, topics and regions in other languages than the catalogue's.
ALTER TABLE "Author" ADD COLUMN "localized" JSONB;
ALTER TABLE "Center" ADD COLUMN "localized" JSONB;
ALTER TABLE "Program" ADD COLUMN "localized" JSONB;
ALTER TABLE "Region" ADD COLUMN "localized" JSONB;
ALTER TABLE "Topic" ADD COLUMN "localized" JSONB;
