-- The stage of a login flow becomes an enum. Flows live an hour at most: a row at a
-- stage the enum does not know is a sign-in that cannot go on, so it is removed and its
-- browser starts again at the login form. The others keep their stage.
CREATE TYPE "LoginStage" AS ENUM ('change_password', 'choose', 'second_factor', 'setup', 'enrol_email', 'enrol_totp', 'recovery_codes', 'remember_confirm', 'done');

DELETE FROM "LoginFlow" WHERE "stage" NOT IN ('change_password', 'choose', 'second_factor', 'setup', 'enrol_email', 'enrol_totp', 'recovery_codes', 'remember_confirm', 'done');

ALTER TABLE "LoginFlow" ALTER COLUMN "stage" TYPE "LoginStage" USING "stage"::"LoginStage";
