-- A login flow remembers that it enrolled a second factor, so the page the sign-in lands on can say so.
ALTER TABLE "LoginFlow" ADD COLUMN "enrolled" BOOLEAN NOT NULL DEFAULT false;
