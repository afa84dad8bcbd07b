-- Dashboard module: read models for the public dashboards, kept in step with the events in the same transaction
-- (audit.AuditSubscriber) and recomputable from the source modules (POST /api/v1/admin/dashboards/rebuild).
-- Every aggregate row is keyed small (an LAO and a vintage; a province and a month), so national figures sum a
-- bounded number of rows whatever the history, and no single row is written by every trade (ADR 0008).
-- Other modules never read these tables; this module reads no other schema.
CREATE SCHEMA dashboard;

-- Credits and money of one LAO's credits of one vintage. Quantities are whole credits, money THB.
--   allocated  credits issued to the LAO (they stay counted after they are sold)
--   held       credits still in the LAO's account (available, reserved for listings or for trades)
--   available  in the LAO's account and not reserved
--   listed     reserved for the LAO's listings
--   sold       in trades that were not cancelled
--   traded_value  sum of those trades' value (quantity × unit price) for this vintage
--   revenue    value of the trades whose payment the LAO confirmed
--   retired    credits of this LAO's origin that buyers retired
--   last_*     the most recent trade not cancelled
CREATE TABLE dashboard.lao_vintage (
  lao_code       text          NOT NULL,
  vintage        integer       NOT NULL,
  province_code  text          NOT NULL,
  allocated      bigint        NOT NULL DEFAULT 0,
  held           bigint        NOT NULL DEFAULT 0,
  available      bigint        NOT NULL DEFAULT 0,
  listed         bigint        NOT NULL DEFAULT 0,
  sold           bigint        NOT NULL DEFAULT 0,
  traded_value   numeric(16,2) NOT NULL DEFAULT 0,
  revenue        numeric(16,2) NOT NULL DEFAULT 0,
  retired        bigint        NOT NULL DEFAULT 0,
  last_price     numeric(14,2),
  last_trade_at  timestamptz,
  last_trade_id  uuid,
  updated_at     timestamptz   NOT NULL DEFAULT now(),
  PRIMARY KEY (lao_code, vintage)
);
CREATE INDEX lao_vintage_province ON dashboard.lao_vintage (province_code);

-- Monthly market activity by the province of the selling (or originating) LAO; month = first day, Asia/Bangkok.
CREATE TABLE dashboard.province_month (
  province_code  text          NOT NULL,
  month          date          NOT NULL,
  volume         bigint        NOT NULL DEFAULT 0,
  value          numeric(16,2) NOT NULL DEFAULT 0,
  retired        bigint        NOT NULL DEFAULT 0,
  updated_at     timestamptz   NOT NULL DEFAULT now(),
  PRIMARY KEY (province_code, month)
);
CREATE INDEX province_month_month ON dashboard.province_month (month);

-- One row per trade and vintage of its credits: the projection's idempotency key (a trade is counted once,
-- uncounted once) and the LAO profile's sales history.
CREATE TABLE dashboard.sale (
  trade_id       uuid          NOT NULL,
  vintage        integer       NOT NULL,
  lao_code       text          NOT NULL,
  province_code  text          NOT NULL,
  created_at     timestamptz   NOT NULL,
  quantity       bigint        NOT NULL CHECK (quantity >= 1),
  unit_price     numeric(14,2) NOT NULL,
  value          numeric(16,2) NOT NULL,
  cancelled      boolean       NOT NULL DEFAULT false,
  confirmed      boolean       NOT NULL DEFAULT false,
  PRIMARY KEY (trade_id, vintage)
);
CREATE INDEX sale_lao ON dashboard.sale (lao_code, created_at DESC) WHERE NOT cancelled;
CREATE INDEX sale_last ON dashboard.sale (lao_code, vintage, created_at DESC, trade_id DESC) WHERE NOT cancelled;

-- Retirements with the buyer's province, for "retirements by buyers located in the province".
CREATE TABLE dashboard.retirement (
  certificate_no  text          PRIMARY KEY,
  buyer_province  text,
  buyer_name      text,
  quantity        bigint        NOT NULL,
  vintage         integer,
  beneficiary     text          NOT NULL,
  retired_at      timestamptz   NOT NULL
);
CREATE INDEX retirement_province ON dashboard.retirement (buyer_province, retired_at DESC);

-- The latest wet-waste-bin report of each LAO (the report of its latest reporting window).
CREATE TABLE dashboard.lao_bins (
  lao_code       text          PRIMARY KEY,
  province_code  text          NOT NULL,
  window_id      bigint        NOT NULL,
  households     bigint        NOT NULL,
  bins           bigint        NOT NULL
);
CREATE INDEX lao_bins_province ON dashboard.lao_bins (province_code);
