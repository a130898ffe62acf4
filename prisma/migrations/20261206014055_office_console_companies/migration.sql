-- AlterEnum
ALTER TYPE "MailedCodePurpose" ADD VALUE 'INVITATION';

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "awaitingInvitation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "employeeNumber" TEXT,
ADD COLUMN     "furigana" TEXT;

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "disabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Account_companyId_employeeNumber_key" ON "Account"("companyId", "employeeNumber");

-- CreateIndex
CREATE INDEX "Company_officeId_idx" ON "Company"("officeId");
