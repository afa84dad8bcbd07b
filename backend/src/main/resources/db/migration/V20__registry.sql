-- Registry module: T-VER projects, issuances and their allocation to LAOs, credit accounts, serial blocks and
-- the journal of every movement. Quantities are whole tonnes (bigint); serial ranges are inclusive
-- (count = last - first + 1). Other modules use th.dla.carbon.registry.Ledger, never these tables.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA registry;

CREATE TABLE registry.project (
  code             text  PRIMARY KEY CHECK (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$' AND length(code) <= 32),
  name_th          text  NOT NULL CHECK (btrim(name_th) <> ''),
  name_en          text  NOT NULL CHECK (btrim(name_en) <> ''),
  methodology      text  NOT NULL,
  developer_th     text  NOT NULL,
  developer_en     text  NOT NULL,
  registered_on    date,
  crediting_start  date  NOT NULL,
  crediting_end    date  NOT NULL,
  expected_tco2e_per_year bigint CHECK (expected_tco2e_per_year > 0),
  CHECK (crediting_start <= crediting_end)
);

-- One account per LAO, per buyer organisation, and the two system accounts. Created on first use; the LAO
-- code and buyer id are other modules' identifiers, deliberately without foreign keys across schemas.
CREATE TABLE registry.account (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind        text        NOT NULL CHECK (kind IN ('LAO', 'BUYER', 'UNALLOCATED', 'RETIREMENT')),
  lao_code    char(7)     UNIQUE CHECK (lao_code ~ '^[0-9]{7}$'),
  buyer_id    uuid        UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'LAO') = (lao_code IS NOT NULL)),
  CHECK ((kind = 'BUYER') = (buyer_id IS NOT NULL))
);
CREATE UNIQUE INDEX account_one_per_system_kind ON registry.account (kind) WHERE kind IN ('UNALLOCATED', 'RETIREMENT');
INSERT INTO registry.account (kind) VALUES ('UNALLOCATED'), ('RETIREMENT');

CREATE TABLE registry.issuance (
  id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  project_code   text        NOT NULL REFERENCES registry.project,
  vintage        smallint    NOT NULL CHECK (vintage BETWEEN 2000 AND 2100),
  serial_first   bigint      NOT NULL CHECK (serial_first >= 1),
  serial_last    bigint      NOT NULL,
  quantity       bigint      GENERATED ALWAYS AS (serial_last - serial_first + 1) STORED,
  tgo_reference  text        NOT NULL UNIQUE CHECK (btrim(tgo_reference) <> '' AND length(tgo_reference) <= 100),
  issued_on      date        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (serial_first <= serial_last),
  -- serial numbers are unique within a project: no two issuances of a project may share one
  CONSTRAINT issuance_serials_disjoint
    EXCLUDE USING gist (project_code WITH =, int8range(serial_first, serial_last, '[]') WITH &&)
);
CREATE INDEX issuance_project_vintage ON registry.issuance (project_code, vintage);

-- The allocation of an issuance to LAOs, as imported: contiguous serial blocks in the order given.
-- The LAO of origin of any credit is the allocation whose range contains its serial.
CREATE TABLE registry.allocation (
  issuance_id   uuid    NOT NULL REFERENCES registry.issuance,
  position      integer NOT NULL CHECK (position >= 0),
  lao_code      char(7) NOT NULL CHECK (lao_code ~ '^[0-9]{7}$'),
  serial_first  bigint  NOT NULL,
  serial_last   bigint  NOT NULL,
  quantity      bigint  GENERATED ALWAYS AS (serial_last - serial_first + 1) STORED,
  PRIMARY KEY (issuance_id, position),
  UNIQUE (issuance_id, lao_code),
  CHECK (serial_first <= serial_last),
  EXCLUDE USING gist (issuance_id WITH =, int8range(serial_first, serial_last, '[]') WITH &&)
);
CREATE INDEX allocation_lao ON registry.allocation (lao_code);

-- Where every credit is today. Blocks of an issuance never overlap (exclusion constraint) and, as
-- GET /api/v1/admin/ledger/verify proves, always tile the issuance's range exactly.
CREATE TABLE registry.block (
  id             bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  issuance_id    uuid    NOT NULL REFERENCES registry.issuance,
  serial_first   bigint  NOT NULL,
  serial_last    bigint  NOT NULL,
  quantity       bigint  GENERATED ALWAYS AS (serial_last - serial_first + 1) STORED,
  owner_account  bigint  NOT NULL REFERENCES registry.account,
  state          text    NOT NULL CHECK (state IN ('AVAILABLE', 'RESERVED', 'RETIRED')),
  holder_type    text    CHECK (holder_type IN ('LISTING', 'TRADE')),
  holder_id      uuid,
  CHECK (serial_first <= serial_last),
  -- a reservation always names what holds it, and nothing else has a holder
  CHECK ((state = 'RESERVED') = (holder_type IS NOT NULL)),
  CHECK ((holder_type IS NULL) = (holder_id IS NULL)),
  CONSTRAINT block_serials_disjoint
    EXCLUDE USING gist (issuance_id WITH =, int8range(serial_first, serial_last, '[]') WITH &&)
);
CREATE INDEX block_owner_state ON registry.block (owner_account, state, issuance_id, serial_first);
CREATE INDEX block_holder ON registry.block (holder_type, holder_id) WHERE holder_id IS NOT NULL;

-- Every movement of a serial range between (account, state, holder) positions. An issuance enters from
-- nowhere (from_account NULL). Append-only.
CREATE TABLE registry.journal_entry (
  id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  operation_id      uuid        NOT NULL,
  at                timestamptz NOT NULL DEFAULT clock_timestamp(),
  reason            text        NOT NULL CHECK (reason IN ('ISSUANCE', 'ALLOCATION', 'RESERVATION', 'REASSIGNMENT',
                                                          'RELEASE', 'TRANSFER', 'RETIREMENT')),
  issuance_id       uuid        NOT NULL REFERENCES registry.issuance,
  serial_first      bigint      NOT NULL,
  serial_last       bigint      NOT NULL,
  quantity          bigint      GENERATED ALWAYS AS (serial_last - serial_first + 1) STORED,
  from_account      bigint      REFERENCES registry.account,
  from_state        text        CHECK (from_state IN ('AVAILABLE', 'RESERVED', 'RETIRED')),
  from_holder_type  text        CHECK (from_holder_type IN ('LISTING', 'TRADE')),
  from_holder_id    uuid,
  to_account        bigint      NOT NULL REFERENCES registry.account,
  to_state          text        NOT NULL CHECK (to_state IN ('AVAILABLE', 'RESERVED', 'RETIRED')),
  to_holder_type    text        CHECK (to_holder_type IN ('LISTING', 'TRADE')),
  to_holder_id      uuid,
  reference         text        CHECK (length(reference) <= 200),
  CHECK (serial_first <= serial_last),
  CHECK ((from_account IS NULL) = (from_state IS NULL)),
  CHECK ((from_state = 'RESERVED') = (from_holder_id IS NOT NULL)),
  CHECK ((to_state = 'RESERVED') = (to_holder_id IS NOT NULL))
);
CREATE INDEX journal_from ON registry.journal_entry (from_account, at);
CREATE INDEX journal_to ON registry.journal_entry (to_account, at);
CREATE INDEX journal_issuance_serial ON registry.journal_entry (issuance_id, serial_first);

-- The wet-waste-bin programme (ถังขยะเปียก ลดโลกร้อน), registered by DLA under T-VER on 30 July 2019.
INSERT INTO registry.project (code, name_th, name_en, methodology, developer_th, developer_en, registered_on,
                              crediting_start, crediting_end, expected_tco2e_per_year)
VALUES ('DLA-WWB', 'โครงการถังขยะเปียก ลดโลกร้อน',
        'Wet waste bin reduces global warming (household food-waste composting bins)',
        'T-VER: avoidance of methane emissions from landfill through household composting of food waste',
        'กรมส่งเสริมการปกครองท้องถิ่น', 'Department of Local Administration (DLA)', DATE '2019-07-30',
        DATE '2019-07-01', DATE '2026-06-30', 492212);
