-- Identity module: people who sign in, what they may do and for whom, and the keys that sign their tokens.
-- Other modules learn who is calling from the access token (th.dla.carbon.identity.Actor), never from these tables.
CREATE SCHEMA identity;

CREATE TABLE identity.user_account (
  id              uuid        PRIMARY KEY,
  -- stored lower-case; the sign-in name is case-insensitive
  username        text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
  display_name    text        NOT NULL CHECK (btrim(display_name) <> ''),
  email           text        CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
  email_verified  boolean     NOT NULL DEFAULT false,
  -- null for people who only sign in through an external OpenID Connect provider
  password_hash   text,
  enabled         boolean     NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX user_account_email ON identity.user_account (lower(email)) WHERE email IS NOT NULL;

-- A role held for one tenant: an LAO (7-digit code), a province (2 digits), a buyer organisation (uuid), or none
-- for DLA administrators. Several rows per person are allowed; an administrator decides that.
CREATE TABLE identity.role_grant (
  user_id     uuid        NOT NULL REFERENCES identity.user_account ON DELETE CASCADE,
  role        text        NOT NULL CHECK (role IN ('BUYER', 'LAO_OFFICER', 'PROVINCE_OFFICER', 'DLA_ADMIN')),
  tenant      text        NOT NULL DEFAULT '',
  granted_by  uuid,
  granted_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, role, tenant),
  CHECK (CASE role
           WHEN 'LAO_OFFICER' THEN tenant ~ '^[0-9]{7}$'
           WHEN 'PROVINCE_OFFICER' THEN tenant ~ '^[0-9]{2}$'
           WHEN 'BUYER' THEN tenant ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
           ELSE tenant = '' END)
);
-- a person acts for at most one buyer organisation (the token carries a single buyer_id)
CREATE UNIQUE INDEX role_grant_one_buyer ON identity.role_grant (user_id) WHERE role = 'BUYER';

-- RSA keys that sign access tokens. Kept in the database so that every instance signs and verifies with the same
-- keys and a restart never invalidates tokens. Exactly one is active; retired keys stay published until the
-- tokens they signed have expired.
CREATE TABLE identity.signing_key (
  kid          text        PRIMARY KEY,
  private_key  bytea       NOT NULL,  -- PKCS#8 DER
  public_key   bytea       NOT NULL,  -- X.509 SubjectPublicKeyInfo DER
  active       boolean     NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  retired_at   timestamptz,
  CHECK (NOT (active AND retired_at IS NOT NULL))
);
CREATE UNIQUE INDEX signing_key_one_active ON identity.signing_key (active) WHERE active;

-- Refresh tokens are stored only as SHA-256 hashes. Each use replaces the token by a new one of the same family;
-- presenting a replaced token again means it was stolen, and the whole family is revoked.
CREATE TABLE identity.refresh_token (
  token_hash   bytea       PRIMARY KEY CHECK (length(token_hash) = 32),
  family_id    uuid        NOT NULL,
  user_id      uuid        NOT NULL REFERENCES identity.user_account ON DELETE CASCADE,
  issued_at    timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  replaced_at  timestamptz,
  revoked_at   timestamptz
);
CREATE INDEX refresh_token_family ON identity.refresh_token (family_id);

-- Failed sign-ins per account name and per client address, shared by all instances: the basis of throttling
-- and temporary lock-out. Names that do not exist are counted too, so throttling reveals nothing.
CREATE TABLE identity.login_failure (
  key              text        PRIMARY KEY,
  failures         integer     NOT NULL CHECK (failures >= 0),
  window_start     timestamptz NOT NULL,
  blocked_until    timestamptz
);

-- Security-relevant events (sign-ins, refresh-token reuse, key rotation, role changes) until each is also
-- chained by the audit module.
CREATE TABLE identity.security_event (
  id           bigserial   PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  user_id      uuid,
  username     text,
  action       text        NOT NULL,
  client       text,
  detail       jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX security_event_user ON identity.security_event (user_id, at);
