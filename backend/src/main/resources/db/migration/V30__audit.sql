-- Audit module: an append-only, hash-chained log of every state change. One chain per stream (an aggregate such
-- as a ledger account or a listing), so appends to different streams never wait for each other (ADR 0005).
CREATE SCHEMA audit;

-- The tip of each chain; its row is locked by each append (the only serialisation point, per stream).
CREATE TABLE audit.stream_head (
  stream      text        PRIMARY KEY CHECK (btrim(stream) <> '' AND length(stream) <= 200),
  seq         bigint      NOT NULL CHECK (seq >= 0),
  hash        char(64),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit.event (
  id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream        text        NOT NULL,
  seq           bigint      NOT NULL CHECK (seq >= 1),
  at            timestamptz NOT NULL,
  action        text        NOT NULL CHECK (btrim(action) <> ''),
  subject_type  text        NOT NULL,
  subject_id    text        NOT NULL,
  actor_id      uuid,
  actor_name    text        NOT NULL,
  -- the canonical JSON text that was hashed (kept as text: jsonb would re-encode it)
  payload       text        NOT NULL,
  prev_hash     char(64),
  hash          char(64)    NOT NULL,
  UNIQUE (stream, seq),
  CHECK ((seq = 1) = (prev_hash IS NULL))
);
CREATE INDEX event_subject ON audit.event (subject_type, subject_id);
