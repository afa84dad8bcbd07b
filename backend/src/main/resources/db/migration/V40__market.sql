-- Market module: listings, bids, the listing event log behind the live stream, idempotency records and the
-- market controls. Other modules use th.dla.carbon.market's API, never these tables. LAO codes, buyer ids,
-- user ids and trade ids are other modules' identifiers, deliberately without foreign keys across schemas.
CREATE SCHEMA market;

CREATE TABLE market.listing (
  id              uuid          PRIMARY KEY,
  lao_code        char(7)       NOT NULL CHECK (lao_code ~ '^[0-9]{7}$'),
  -- copied from the directory at creation so the public catalogue filters on one table
  province_code   char(2)       NOT NULL,
  lao_name_th     text          NOT NULL,
  mode            text          NOT NULL CHECK (mode IN ('FIXED_PRICE', 'NEGOTIABLE', 'AUCTION')),
  state           text          NOT NULL CHECK (state IN ('DRAFT', 'PENDING_APPROVAL', 'OPEN', 'SOLD_OUT', 'CLOSED', 'WITHDRAWN', 'EXPIRED')),
  quantity        bigint        NOT NULL CHECK (quantity >= 1),
  remaining       bigint        NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
  unit_price      numeric(14,2) NOT NULL CHECK (unit_price > 0),
  min_lot         bigint        NOT NULL CHECK (min_lot >= 1 AND min_lot <= quantity),
  vintage         smallint      CHECK (vintage BETWEEN 2000 AND 2100),
  ends_at         timestamptz,
  reserve_price   numeric(14,2) CHECK (reserve_price > 0),
  min_increment   numeric(14,2) CHECK (min_increment > 0),
  description     text          CHECK (length(description) <= 4000),
  -- the T-VER projects of the reserved credits (known at approval), for the price floors
  project_codes   text[]        NOT NULL DEFAULT '{}',
  best_price      numeric(14,2),
  bid_count       integer       NOT NULL DEFAULT 0,
  bidder_count    integer       NOT NULL DEFAULT 0,
  -- the last event of this listing's live stream: bumped under this row's lock, so event numbers commit in order
  event_seq       bigint        NOT NULL DEFAULT 0,
  created_by      uuid          NOT NULL,
  created_by_name text          NOT NULL,
  submitted_at    timestamptz,
  approved_by     uuid,
  approved_by_name text,
  approved_at     timestamptz,
  closed_at       timestamptz,
  created_at      timestamptz   NOT NULL DEFAULT now(),
  updated_at      timestamptz   NOT NULL DEFAULT now(),
  CHECK (mode <> 'AUCTION' OR state IN ('DRAFT') OR (ends_at IS NOT NULL AND reserve_price IS NOT NULL AND min_increment IS NOT NULL)),
  -- maker-checker, enforced by the database too
  CHECK (approved_by IS NULL OR approved_by <> created_by)
);
-- the public catalogue filters on one state and sorts by price, newest or ending soon: one index per sort led by
-- the state, so a page is read in order from the index (plans at 10,000 listings: docs/architecture.md)
CREATE INDEX listing_catalogue_price ON market.listing (state, unit_price, id);
CREATE INDEX listing_catalogue_newest ON market.listing (state, approved_at DESC NULLS LAST, created_at DESC, id);
CREATE INDEX listing_catalogue_ending ON market.listing (state, ends_at, id);
CREATE INDEX listing_province ON market.listing (province_code, state, unit_price);
CREATE INDEX listing_lao ON market.listing (lao_code, created_at DESC, id);
CREATE INDEX listing_vintage ON market.listing (vintage, state) WHERE vintage IS NOT NULL;
-- the scheduler's claims: open listings by end
CREATE INDEX listing_open_ending ON market.listing (ends_at) WHERE state = 'OPEN' AND ends_at IS NOT NULL;

CREATE TABLE market.bid (
  id              uuid          PRIMARY KEY,
  listing_id      uuid          NOT NULL REFERENCES market.listing,
  buyer_id        uuid          NOT NULL,
  -- "ผู้ซื้อ #3": the buyer's number within this listing, the only thing the public sees of them
  bidder_no       integer       NOT NULL CHECK (bidder_no >= 1),
  placed_by       uuid          NOT NULL,
  quantity        bigint        NOT NULL CHECK (quantity >= 1),
  unit_price      numeric(14,2) NOT NULL CHECK (unit_price > 0),
  state           text          NOT NULL CHECK (state IN ('OPEN', 'COUNTERED', 'FILLED', 'PARTIALLY_FILLED', 'REJECTED', 'WITHDRAWN', 'LOST', 'EXPIRED')),
  filled_quantity bigint        NOT NULL DEFAULT 0 CHECK (filled_quantity >= 0 AND filled_quantity <= quantity),
  trade_price     numeric(14,2),
  counter_price   numeric(14,2) CHECK (counter_price > 0),
  trade_id        uuid,
  expires_at      timestamptz,
  -- order of arrival for "price then time"; a sequence, so ties on the clock are still ordered
  seq             bigint        GENERATED ALWAYS AS IDENTITY,
  created_at      timestamptz   NOT NULL DEFAULT now(),
  updated_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX bid_listing ON market.bid (listing_id, unit_price DESC, seq);
CREATE INDEX bid_buyer ON market.bid (buyer_id, created_at DESC);
CREATE INDEX bid_expiring ON market.bid (expires_at) WHERE state IN ('OPEN', 'COUNTERED') AND expires_at IS NOT NULL;
CREATE UNIQUE INDEX bid_trade ON market.bid (trade_id) WHERE trade_id IS NOT NULL;

CREATE TABLE market.listing_bidder (
  listing_id  uuid    NOT NULL REFERENCES market.listing,
  buyer_id    uuid    NOT NULL,
  bidder_no   integer NOT NULL,
  PRIMARY KEY (listing_id, buyer_id),
  UNIQUE (listing_id, bidder_no)
);

-- The live stream's log. seq is per listing, gap-free and in commit order (allocated under the listing row
-- lock); id is global. SSE "id:" is seq, so Last-Event-ID replays from here.
CREATE TABLE market.listing_event (
  id          bigserial   PRIMARY KEY,
  listing_id  uuid        NOT NULL REFERENCES market.listing,
  seq         bigint      NOT NULL,
  type        text        NOT NULL,
  data        jsonb       NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (listing_id, seq)
);

-- Idempotency-Key records of bid placement, per buyer organisation.
CREATE TABLE market.idempotency_record (
  buyer_id      uuid        NOT NULL,
  key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash  text        NOT NULL,
  status        integer     NOT NULL,
  response      jsonb       NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (buyer_id, key)
);

-- Market controls: a single row for the freeze, one row per project for a price floor.
CREATE TABLE market.control (
  id          boolean     PRIMARY KEY DEFAULT true CHECK (id),
  frozen      boolean     NOT NULL DEFAULT false,
  reason      text,
  changed_by  uuid,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO market.control (id, frozen) VALUES (true, false);

CREATE TABLE market.price_floor (
  project_code    text          PRIMARY KEY,
  min_unit_price  numeric(14,2) NOT NULL CHECK (min_unit_price > 0),
  changed_by      uuid,
  changed_at      timestamptz   NOT NULL DEFAULT now()
);
