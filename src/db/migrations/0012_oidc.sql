-- Single sign-on by OpenID Connect: one identity provider per municipality, the logins in flight,
-- accounts linked to the provider's subject, and which app sessions came from which provider session.
-- Runs unchanged on PostgreSQL 15 (server) and PGlite (PostgreSQL 18).

CREATE TABLE oidc_provider (
  id             serial PRIMARY KEY,
  kommune_id     integer NOT NULL UNIQUE REFERENCES kommune(id),
  label          text NOT NULL,
  issuer         text NOT NULL,
  client_id      text NOT NULL,
  -- Never leaves the server: the API answers only whether one is set.
  client_secret  text NULL,
  groups_claim   text NOT NULL,
  -- [{ "group": "...", "role": "admin" | "planner" | "doctor" | "readonly" }]
  role_mappings  jsonb NOT NULL,
  enabled        boolean NOT NULL,
  version        integer NOT NULL DEFAULT 1,
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- An authorisation request sent to the provider and not yet answered; keyed by the hash of the browser's cookie.
CREATE TABLE oidc_login_attempt (
  id_hash        text PRIMARY KEY,
  kommune_id     integer NOT NULL REFERENCES kommune(id) ON DELETE CASCADE,
  state          text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,
  expires_at     timestamptz NOT NULL
);
CREATE INDEX oidc_login_attempt_expiry ON oidc_login_attempt (expires_at);

-- An account created or linked by single sign-on: the provider's issuer and subject identify the person.
CREATE TABLE oidc_identity (
  user_id     integer PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  issuer      text NOT NULL,
  subject     text NOT NULL,
  UNIQUE (kommune_id, issuer, subject)
);

-- An app session started by single sign-on, for RP-initiated logout (the id token as hint) and back-channel logout (sid, sub).
CREATE TABLE oidc_session (
  token_hash  text PRIMARY KEY REFERENCES user_session(token_hash) ON DELETE CASCADE,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  issuer      text NOT NULL,
  subject     text NOT NULL,
  sid         text NULL,
  id_token    text NOT NULL
);
CREATE INDEX oidc_session_subject ON oidc_session (issuer, subject);

-- Tenant tables, like those of 0001–0008 (0009_row_level_security.sql).
SELECT legeplan_tenant_table(t) FROM unnest(ARRAY['oidc_provider', 'oidc_login_attempt', 'oidc_identity', 'oidc_session']::regclass[]) AS t;

-- Accounts made by single sign-on have no local password.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'update', 'delete', 'import', 'login', 'logout'));
