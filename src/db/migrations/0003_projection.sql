-- Legeplan schema, version 3: population figures imported from SSB, saved projection scenarios, postings of positions.
-- Runs unchanged on PostgreSQL 15 (server) and PGlite (PostgreSQL 18): no features newer than 15.
--
-- Tenancy: SSB's population figures are national public data, but every row here still carries the kommune_id of the
-- municipality that imported it. A shared national table would let one municipality's upload change the figures
-- another municipality plans with, and the same file may be imported by several. Each municipality keeps its own copy
-- (rows for every municipality number in its file, e.g. neighbours), read and written only through its scope.

-- One uploaded SSB file: what it was, what the importer mapped and left out. Immutable once stored.
CREATE TABLE population_import (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  file_name    text NOT NULL,
  format       text NOT NULL CHECK (format IN ('json-stat2', 'csv')),
  kind         text NOT NULL CHECK (kind IN ('registered', 'projection')),
  table_id     text NULL,
  title        text NOT NULL,
  mapped       jsonb NOT NULL,
  skipped      jsonb NOT NULL,
  summary      jsonb NOT NULL,
  row_count    integer NOT NULL CHECK (row_count >= 0),
  imported_at  timestamptz NOT NULL,
  imported_by  integer NULL REFERENCES app_user(id),
  version      integer NOT NULL DEFAULT 1,
  UNIQUE (id, kommune_id)
);

-- Population on 1 January by municipality number (today's, after mapping), sex, age group and year, per series:
-- 'REG' = registered (SSB 07459), or a projection alternative such as 'MMMM' (fertility, life expectancy, migration, immigration).
CREATE TABLE population (
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  import_id   integer NOT NULL,
  kommune_nr  text NOT NULL CHECK (kommune_nr ~ '^[0-9]{4}$'),
  sex         text NOT NULL CHECK (sex IN ('F', 'M')),
  age_from    integer NOT NULL CHECK (age_from BETWEEN 0 AND 130),
  age_to      integer NULL CHECK (age_to IS NULL OR (age_to >= age_from AND age_to <= 130)),
  year        integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  series      text NOT NULL CHECK (series = 'REG' OR series ~ '^[LMHK0]{4}$'),
  persons     integer NOT NULL CHECK (persons >= 0),
  PRIMARY KEY (kommune_id, kommune_nr, series, year, sex, age_from),
  FOREIGN KEY (import_id, kommune_id) REFERENCES population_import(id, kommune_id) ON DELETE CASCADE
);
CREATE INDEX population_import_rows ON population (import_id);

-- A named projection scenario with every assumption stored explicitly (see src/domain/projection/types.ts).
CREATE TABLE projection_scenario (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  assumptions  jsonb NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, name)
);

-- A posting (utlysning) of a GP position: applicants NULL = not yet registered, 0 = nobody applied.
CREATE TABLE position_posting (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  position_id     integer NOT NULL REFERENCES gp_position(id),
  advertised_from date NOT NULL,
  deadline        date NOT NULL,
  applicants      integer NULL CHECK (applicants IS NULL OR applicants BETWEEN 0 AND 1000),
  version         integer NOT NULL DEFAULT 1,
  CHECK (deadline >= advertised_from)
);
CREATE INDEX position_posting_position ON position_posting (kommune_id, position_id);
