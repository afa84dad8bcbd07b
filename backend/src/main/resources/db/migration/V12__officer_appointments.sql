-- LAO officer appointments, as on the roster form DLA asks provincial offices to collect (province, LAO, name,
-- position, phone, email). Proposed by the LAO's officers or DLA, approved by the provincial office; approval
-- grants LAO_OFFICER for that LAO to the account with that email.
CREATE TABLE identity.officer_appointment (
  id                uuid        PRIMARY KEY,
  -- the LAO as the directory named it when the officer was proposed (the roster shows it)
  lao_code          text        NOT NULL CHECK (lao_code ~ '^[0-9]{7}$'),
  lao_name_th       text        NOT NULL,
  province_code     text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$' AND province_code = substr(lao_code, 2, 2)),
  full_name         text        NOT NULL CHECK (btrim(full_name) <> ''),
  position          text        NOT NULL CHECK (btrim(position) <> ''),
  phone             text        NOT NULL,
  email             text        NOT NULL,
  status            text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'REVOKED')),
  proposed_by       uuid        NOT NULL,
  proposed_by_name  text        NOT NULL,
  proposed_at       timestamptz NOT NULL DEFAULT now(),
  decided_by        uuid,
  decided_by_name   text,
  decided_at        timestamptz,
  reason            text,
  -- the account that received the grant
  user_id           uuid        REFERENCES identity.user_account ON DELETE SET NULL,
  CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
-- a person is proposed once per LAO while the proposal is open or in force
CREATE UNIQUE INDEX officer_appointment_open ON identity.officer_appointment (lao_code, lower(email))
  WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX officer_appointment_province ON identity.officer_appointment (province_code, status);
