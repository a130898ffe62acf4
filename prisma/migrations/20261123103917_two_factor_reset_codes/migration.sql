-- CreateTable
CREATE TABLE "TwoFactorResetCode" (
    "accountId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TwoFactorResetCode_pkey" PRIMARY KEY ("accountId")
);

-- AddForeignKey
ALTER TABLE "TwoFactorResetCode" ADD CONSTRAINT "TwoFactorResetCode_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
