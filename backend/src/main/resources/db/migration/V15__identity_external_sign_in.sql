-- People who sign in through an external OpenID Connect provider: which of our accounts each provider's subject is.
-- Keyed by the provider's issuer and subject (stable), not by email (which a person may change at the provider).
-- Only the link is kept: the provider's tokens are never stored.
CREATE TABLE identity.external_identity (
  issuer           text        NOT NULL,
  subject          text        NOT NULL,
  user_id          uuid        NOT NULL REFERENCES identity.user_account ON DELETE CASCADE,
  -- the registration id it was linked through (e.g. 'keycloak'), for people reading the table
  provider         text        NOT NULL,
  linked_at        timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX external_identity_user ON identity.external_identity (user_id);
