-- Alerts: follows, saved searches, per-reader settings; mails with an HTML part, headers and a reader; when a publication first went public.
-- CreateEnum
CREATE TYPE "FollowKind" AS ENUM ('AUTHOR', 'CENTER', 'PROGRAM', 'TOPIC', 'REGION', 'SERIES');

-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "MailJob" ADD COLUMN     "headers" JSONB,
ADD COLUMN     "html" TEXT,
ADD COLUMN     "userId" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "releasedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "FollowKind" NOT NULL,
    "target" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSettings" (
    "userId" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL DEFAULT 'DAILY',
    "locale" TEXT NOT NULL,
    "pausedAt" TIMESTAMP(3),
    "bouncedAt" TIMESTAMP(3),
    "coveredUntil" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "Follow_kind_target_idx" ON "Follow"("kind", "target");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_kind_target_key" ON "Follow"("userId", "kind", "target");

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_userId_query_key" ON "SavedSearch"("userId", "query");

-- CreateIndex
CREATE INDEX "AlertSettings_dueAt_idx" ON "AlertSettings"("dueAt");

-- CreateIndex
CREATE INDEX "MailJob_userId_idx" ON "MailJob"("userId");

-- CreateIndex
CREATE INDEX "Publication_status_releasedAt_idx" ON "Publication"("status", "releasedAt");

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertSettings" ADD CONSTRAINT "AlertSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailJob" ADD CONSTRAINT "MailJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- What was public before alerts existed counts as released on its own date: nothing old is announced.
UPDATE "Publication" SET "releasedAt" = "publishedAt" WHERE "status" = 'PUBLISHED';
