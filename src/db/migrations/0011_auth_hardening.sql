-- Legeplan schema, version 11: local-account hardening. Accounts can be deactivated and carry a TOTP second factor
-- with single-use recovery codes; sessions know their device and last use (idle timeout, listed to the user);
-- failed logins are counted per normalised username (backoff that does not depend on the IP). Runs on PostgreSQL 15 and PGlite.

ALTER TABLE app_user ADD COLUMN active boolean NOT NULL DEFAULT true;
-- Base32 secret of the confirmed second factor; pending until the user has proved it with one code.
ALTER TABLE app_user ADD COLUMN totp_secret text NULL;
ALTER TABLE app_user ADD COLUMN totp_pending_secret text NULL;
-- The last 30-second time step accepted, so an observed code cannot be replayed within its window.
ALTER TABLE app_user ADD COLUMN totp_last_step bigint NULL;

CREATE TABLE user_recovery_code (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  user_id     integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  code_hash   text NOT NULL,
  used_at     timestamptz NULL,
  UNIQUE (user_id, code_hash)
);

-- A public id to list and end one session by (the token hash never leaves the server).
ALTER TABLE user_session ADD COLUMN id serial UNIQUE;
ALTER TABLE user_session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE user_session ADD COLUMN user_agent text NOT NULL DEFAULT '';
CREATE INDEX user_session_user ON user_session (user_id);

-- Keyed by the normalised username whether or not such a user exists, so the answer to a guessed name is the same
-- as to a real one. Login comes before any municipality is known: this table alone has no kommune_id.
CREATE TABLE login_failure (
  username_key    text PRIMARY KEY,
  failures        integer NOT NULL CHECK (failures > 0),
  last_failed_at  timestamptz NOT NULL,
  locked_until    timestamptz NULL
);
SELECT legeplan_tenant_table('user_recovery_code');
