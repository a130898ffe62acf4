-- One store for every mailed code (lib/auth/mailed-code.ts): the sign-in code
-- columns of LoginFlow, EmailChangeRequest and TwoFactorResetCode become rows of
-- MailedCode. Codes in flight are not carried over (their hashes were bound
-- differently): whoever was waiting for one sends it again.

-- CreateEnum
CREATE TYPE "MailedCodePurpose" AS ENUM ('SIGN_IN', 'EMAIL_CHANGE', 'TWO_FACTOR_RESET');

-- DropForeignKey
ALTER TABLE "EmailChangeRequest" DROP CONSTRAINT "EmailChangeRequest_accountId_fkey";

-- DropForeignKey
ALTER TABLE "TwoFactorResetCode" DROP CONSTRAINT "TwoFactorResetCode_accountId_fkey";

-- AlterTable
ALTER TABLE "LoginFlow" DROP COLUMN "emailCodeExpiresAt",
DROP COLUMN "emailCodeFailures",
DROP COLUMN "emailCodeHash",
DROP COLUMN "emailCodeSends",
DROP COLUMN "emailCodeSentAt";

-- DropTable
DROP TABLE "EmailChangeRequest";

-- DropTable
DROP TABLE "TwoFactorResetCode";

-- CreateTable
CREATE TABLE "MailedCode" (
    "id" TEXT NOT NULL,
    "purpose" "MailedCodePurpose" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "flowId" TEXT,
    "codeHash" TEXT,
    "newEmail" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "sends" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "consumedAt" TIMESTAMP(3),

    CONSTRAINT "MailedCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailedCode_accountId_idx" ON "MailedCode"("accountId");

-- CreateIndex
CREATE INDEX "MailedCode_flowId_idx" ON "MailedCode"("flowId");

-- CreateIndex
CREATE UNIQUE INDEX "MailedCode_purpose_ownerId_key" ON "MailedCode"("purpose", "ownerId");

-- AddForeignKey
ALTER TABLE "MailedCode" ADD CONSTRAINT "MailedCode_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailedCode" ADD CONSTRAINT "MailedCode_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "LoginFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;
