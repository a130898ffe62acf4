-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "isOfficeAdmin" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "KnownBrowser" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "KnownBrowser_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnownBrowser_tokenHash_key" ON "KnownBrowser"("tokenHash");

-- CreateIndex
CREATE INDEX "KnownBrowser_accountId_idx" ON "KnownBrowser"("accountId");

-- AddForeignKey
ALTER TABLE "KnownBrowser" ADD CONSTRAINT "KnownBrowser_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Password buckets no longer lock for good (policy.ts hardLocks): a lock-out left by the
-- old rule ends, and the next failure sets the capped delay again.
UPDATE "AuthThrottle" SET "lockedUntil" = NULL WHERE "bucket" <> 'second_factor' AND "lockedUntil" >= '9999-01-01';
