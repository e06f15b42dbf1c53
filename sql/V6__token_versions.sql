-- Ending sessions (issue 11): every token carries the token version of its person, and a token
-- older than the person's current version is refused. Logging out, removing a member and changing
-- a password raise the version, which ends every token issued before.

ALTER TABLE app_user ADD COLUMN token_version integer NOT NULL DEFAULT 0;
ALTER TABLE platform_admin ADD COLUMN token_version integer NOT NULL DEFAULT 0;
