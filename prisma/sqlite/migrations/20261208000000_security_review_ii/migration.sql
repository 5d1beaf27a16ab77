-- AlterTable
ALTER TABLE "Publication" ADD COLUMN "coverError" TEXT;

-- CreateTable
CREATE TABLE "PendingSignUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "nonceHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingSignUp_nonceHash_key" ON "PendingSignUp"("nonceHash");

-- CreateIndex
CREATE INDEX "PendingSignUp_email_idx" ON "PendingSignUp"("email");

-- Accounts whose address was never proved lose what their sign-up set: whoever typed it may not
-- own the address (account pre-hijacking). Their owner signs in by emailed link and sets their own.
UPDATE "User" SET "passwordHash" = NULL, "name" = NULL WHERE "emailVerified" IS NULL;
