-- Wet-waste-bin data (where the credits come from): DLA opens reporting windows; LAO officers report, once per
-- window, how many households take part and how many bins are in use.
CREATE TABLE registry.reporting_window (
  id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title         text        NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
  period_start  date        NOT NULL,
  period_end    date        NOT NULL,
  opens_on      date        NOT NULL,
  closes_on     date        NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (period_start <= period_end),
  CHECK (opens_on <= closes_on),
  -- at most one window is open on any day, so "the open window" is never ambiguous
  CONSTRAINT reporting_window_no_overlap EXCLUDE USING gist (daterange(opens_on, closes_on, '[]') WITH &&)
);

CREATE TABLE registry.bin_report (
  id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  window_id     bigint      NOT NULL REFERENCES registry.reporting_window,
  lao_code      char(7)     NOT NULL CHECK (lao_code ~ '^[0-9]{7}$'),
  households    bigint      NOT NULL CHECK (households >= 0),
  bins          bigint      NOT NULL CHECK (bins >= 0),
  submitted_by  text        NOT NULL,
  submitted_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (lao_code, window_id)
);
