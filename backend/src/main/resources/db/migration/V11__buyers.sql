-- Buyer organisations (KYB): who may bid for and buy LAOs' credits once DLA has verified them.
-- The market learns whether a buyer may trade from th.dla.carbon.identity.Buyers, never from these tables.
CREATE TABLE identity.buyer_organisation (
  id               uuid        PRIMARY KEY,
  type             text        NOT NULL CHECK (type IN ('BUSINESS', 'GOVERNMENT_AGENCY', 'STATE_ENTERPRISE', 'FOUNDATION_OR_NGO', 'INDIVIDUAL')),
  name_th          text        NOT NULL CHECK (btrim(name_th) <> ''),
  name_en          text        NOT NULL CHECK (btrim(name_en) <> ''),
  -- 13 digits with a valid check digit (checked by the application); juristic persons start with 0
  tax_id           text        NOT NULL CHECK (tax_id ~ '^[0-9]{13}$'),
  address_line     text        NOT NULL,
  subdistrict      text        NOT NULL,
  district         text        NOT NULL,
  -- 2-digit province code of directory.province (not a foreign key: modules never reference each other's tables)
  province_code    text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
  postcode         text        NOT NULL CHECK (postcode ~ '^[1-9][0-9]{4}$'),
  contact_name     text        NOT NULL,
  email            text        NOT NULL,
  phone            text        NOT NULL,
  tgo_account_no   text,
  status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
  -- why it was rejected or suspended; null otherwise
  status_reason    text,
  status_changed_by uuid,
  status_changed_at timestamptz,
  verified_at      timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((status IN ('REJECTED', 'SUSPENDED')) = (status_reason IS NOT NULL))
);
-- one organisation per tax ID, whatever its status: a rejected one is reopened by DLA, not registered twice
CREATE UNIQUE INDEX buyer_organisation_tax_id ON identity.buyer_organisation (tax_id);
CREATE INDEX buyer_organisation_status ON identity.buyer_organisation (status, created_at);

-- Supporting documents (company certificate, power of attorney, ...). The bytes live in a DocumentStorage
-- (local disk by default), never in the database; content_type is what the bytes are, not what the client said.
CREATE TABLE identity.buyer_document (
  id            uuid        PRIMARY KEY,
  buyer_id      uuid        NOT NULL REFERENCES identity.buyer_organisation ON DELETE CASCADE,
  file_name     text        NOT NULL CHECK (btrim(file_name) <> ''),
  content_type  text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size          bigint      NOT NULL CHECK (size > 0),
  storage_key   text        NOT NULL UNIQUE,
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX buyer_document_buyer ON identity.buyer_document (buyer_id);
