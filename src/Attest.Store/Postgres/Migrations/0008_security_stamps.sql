-- A per-user security stamp, copied into each session at sign-in and compared on every request: it changes on sign-out,
-- password change and role change, so a saved or demoted session stops working at once. Existing users get a random stamp,
-- which ends the sessions started before this version (they carry no stamp).
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE users SET security_stamp = md5(random()::text || clock_timestamp()::text);
