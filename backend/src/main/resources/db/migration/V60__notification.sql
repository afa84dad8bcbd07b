-- Notifications: one row per event and audience; read-state per person; an email outbox drained by a scheduler.
CREATE SCHEMA IF NOT EXISTS notification;

CREATE TABLE notification.notification (
  id             uuid        PRIMARY KEY,
  audience_type  text        NOT NULL CHECK (audience_type IN ('LAO_OFFICERS', 'BUYER_ORGANISATION', 'PROVINCE_OFFICERS', 'DLA_ADMINS', 'PERSON')),
  -- the LAO code, buyer id, province code, user id; '' for DLA administrators
  audience_key   text        NOT NULL,
  kind           text        NOT NULL,
  title_th       text        NOT NULL,
  title_en       text        NOT NULL,
  link           text,
  params         jsonb       NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notification_by_audience ON notification.notification (audience_type, audience_key, created_at DESC);

CREATE TABLE notification.read_mark (
  notification_id  uuid        NOT NULL REFERENCES notification.notification ON DELETE CASCADE,
  user_id          uuid        NOT NULL,
  read_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, notification_id)
);

-- Written in the business transaction; sent later (only when SMTP is configured), never failing the business.
CREATE TABLE notification.email_outbox (
  id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  notification_id  uuid        NOT NULL REFERENCES notification.notification ON DELETE CASCADE,
  state            text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
  attempts         integer     NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_error       text,
  sent_at          timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX email_outbox_due ON notification.email_outbox (next_attempt_at) WHERE state = 'PENDING';
