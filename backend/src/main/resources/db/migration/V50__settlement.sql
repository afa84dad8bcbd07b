-- Settlement: trades from a filled bid to the TGO transfer, the LAO revenue they bring, and retirements.
-- Credits themselves live in the registry; a trade holds them as the ledger holder TRADE:<trade id>.
CREATE SCHEMA IF NOT EXISTS settlement;

CREATE TABLE settlement.trade (
  id                    uuid          PRIMARY KEY,
  listing_id            uuid          NOT NULL,
  bid_id                uuid,
  lao_code              text          NOT NULL CHECK (lao_code ~ '^[0-9]{7}$'),
  buyer_id              uuid          NOT NULL,
  quantity              bigint        NOT NULL CHECK (quantity >= 1),
  unit_price            numeric(14,2) NOT NULL CHECK (unit_price >= 0),
  total                 numeric(14,2) NOT NULL CHECK (total = round(unit_price * quantity, 2)),
  state                 text          NOT NULL CHECK (state IN ('AWAITING_PAYMENT', 'PAYMENT_REPORTED', 'PAYMENT_CONFIRMED', 'SETTLED', 'CANCELLED')),
  payment_due_at        timestamptz   NOT NULL,
  deadline_reminded_at  timestamptz,
  -- PAYMENT_REPORTED (by the buyer)
  payment_reference     text,
  paid_at               timestamptz,
  payment_reported_at   timestamptz,
  payment_reported_by   uuid,
  slip_key              text,
  slip_content_type     text,
  slip_file_name        text,
  slip_size             bigint,
  -- PAYMENT_CONFIRMED (by an officer of the LAO)
  receipt_no            text,
  payment_confirmed_at  timestamptz,
  payment_confirmed_by  uuid,
  -- SETTLED (an officer recorded the TGO transfer)
  tgo_reference         text,
  transferred_at        timestamptz,
  settled_at            timestamptz,
  settled_by            uuid,
  -- CANCELLED (a party, or the payment deadline)
  cancel_reason         text,
  cancelled_at          timestamptz,
  cancelled_by          uuid,
  credits_returned_to   text CHECK (credits_returned_to IN ('LISTING', 'LAO')),
  created_at            timestamptz   NOT NULL DEFAULT now(),
  updated_at            timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX trade_by_buyer ON settlement.trade (buyer_id, created_at DESC);
CREATE INDEX trade_by_lao ON settlement.trade (lao_code, created_at DESC);
CREATE INDEX trade_by_listing ON settlement.trade (listing_id);
-- the deadline scheduler's claim: unpaid trades by deadline
CREATE INDEX trade_unpaid_by_deadline ON settlement.trade (payment_due_at) WHERE state = 'AWAITING_PAYMENT';

-- The sale income an LAO confirmed with its own receipt (รายได้ของ อปท.); one row per confirmed trade.
CREATE TABLE settlement.lao_revenue (
  trade_id      uuid          PRIMARY KEY REFERENCES settlement.trade,
  lao_code      text          NOT NULL,
  receipt_no    text          NOT NULL CHECK (btrim(receipt_no) <> ''),
  amount        numeric(14,2) NOT NULL CHECK (amount >= 0),
  confirmed_at  timestamptz   NOT NULL,
  confirmed_by  uuid,
  UNIQUE (lao_code, receipt_no)
);

-- A retirement and its certificate. The certificate number is the public, unguessable key.
CREATE TABLE settlement.retirement (
  certificate_no     text        PRIMARY KEY CHECK (certificate_no ~ '^TH-LAO-[0-9]{4}(-[A-Z2-7]{4}){7}$'),
  buyer_id           uuid        NOT NULL,
  quantity           bigint      NOT NULL CHECK (quantity >= 1),
  vintage            integer,
  beneficiary        text        NOT NULL CHECK (btrim(beneficiary) <> ''),
  purpose            text        NOT NULL CHECK (btrim(purpose) <> ''),
  retired_at         timestamptz NOT NULL,
  retired_by         uuid,
  ledger_operation   uuid        NOT NULL
);
CREATE INDEX retirement_by_buyer ON settlement.retirement (buyer_id, retired_at DESC);

CREATE TABLE settlement.retirement_range (
  certificate_no   text    NOT NULL REFERENCES settlement.retirement,
  ordinal          integer NOT NULL,
  issuance_id      uuid    NOT NULL,
  project_code     text    NOT NULL,
  vintage          integer NOT NULL,
  serial_first     bigint  NOT NULL,
  serial_last      bigint  NOT NULL CHECK (serial_last >= serial_first),
  origin_lao_code  text    NOT NULL,
  PRIMARY KEY (certificate_no, ordinal)
);
