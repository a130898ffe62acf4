-- Recovery codes are now 80-bit codes stored as an HMAC under a server key.
-- The rows before this migration hold unsalted SHA-256 hashes of 50-bit codes,
-- which no longer match and would only inflate the "codes left" count: delete
-- them. Their owners still sign in with the Authenticator and issue new codes
-- in the settings (リカバリーコードを再発行する).
DELETE FROM "RecoveryCode";
