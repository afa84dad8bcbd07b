-- Directory module: the administrative geography of Thailand and DLA's register of LAOs (อปท.).
-- Each business module owns one schema; other modules reach this data through th.dla.carbon.directory only.
CREATE SCHEMA directory;

CREATE TABLE directory.province (
  code      char(2)  PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  name_th   text     NOT NULL UNIQUE CHECK (btrim(name_th) <> ''),
  name_en   text     NOT NULL UNIQUE CHECK (btrim(name_en) <> ''),
  region    text     NOT NULL CHECK (region IN ('NORTH', 'NORTHEAST', 'CENTRAL', 'EAST', 'WEST', 'SOUTH')),
  -- position in the tile-grid cartogram of the SPA's map (one cell per province, near its real location)
  grid_col  smallint NOT NULL CHECK (grid_col >= 0),
  grid_row  smallint NOT NULL CHECK (grid_row >= 0),
  UNIQUE (grid_col, grid_row)
);

CREATE TABLE directory.district (
  province_code char(2) NOT NULL REFERENCES directory.province,
  name_th       text    NOT NULL CHECK (btrim(name_th) <> ''),
  PRIMARY KEY (province_code, name_th)
);

CREATE TABLE directory.lao (
  code           char(7)       PRIMARY KEY CHECK (code ~ '^[0-9]{7}$'),
  name_th        text          NOT NULL CHECK (btrim(name_th) <> ''),
  type           text          NOT NULL CHECK (type IN ('PAO', 'CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY',
                                                      'SUBDISTRICT_MUNICIPALITY', 'SAO', 'SPECIAL')),
  province_code  char(2)       NOT NULL REFERENCES directory.province,
  district_th    text          NOT NULL,
  subdistricts   text[]        NOT NULL DEFAULT '{}',
  house_no       text,
  moo            text,
  postcode       text,
  area_sq_km     numeric(12, 2) CHECK (area_sq_km >= 0),
  latitude       numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
  longitude      numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
  website        text,
  -- lower-cased name (with and without the type prefix), code, district and subdistricts: what "q" searches.
  -- Written by the application on import; a plain substring scan is ~1 ms at the national 7,849 rows.
  search_text    text          NOT NULL,
  created_at     timestamptz   NOT NULL DEFAULT now(),
  updated_at     timestamptz   NOT NULL DEFAULT now(),
  -- the province digits inside DLA's code must agree with the province column
  CHECK (substr(code, 2, 2) = province_code),
  FOREIGN KEY (province_code, district_th) REFERENCES directory.district
);

CREATE INDEX lao_province_type ON directory.lao (province_code, type, code);
CREATE INDEX lao_type ON directory.lao (type, code);
