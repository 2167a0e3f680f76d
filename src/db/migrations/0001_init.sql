-- Legeplan schema, version 1: municipalities, accounts, the GP registry, monthly list snapshots, audit.
-- Runs unchanged on PostgreSQL 15 (server) and PGlite (PostgreSQL 18): no features newer than 15.

CREATE TABLE kommune (
  id          serial PRIMARY KEY,
  nr          text NOT NULL UNIQUE CHECK (nr ~ '^[0-9]{4}$'),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Municipality settings that have a history: the free-capacity target and trigger rule.
CREATE TABLE capacity_target (
  id                serial PRIMARY KEY,
  kommune_id        integer NOT NULL REFERENCES kommune(id),
  valid_from        date NOT NULL,
  free_share_target numeric(5,4) NULL CHECK (free_share_target IS NULL OR (free_share_target >= 0 AND free_share_target <= 1)),
  free_places_min   integer NULL CHECK (free_places_min IS NULL OR free_places_min >= 0),
  version           integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, valid_from)
);

CREATE TABLE app_user (
  id            serial PRIMARY KEY,
  kommune_id    integer NOT NULL REFERENCES kommune(id),
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'planner', 'doctor', 'readonly')),
  doctor_id     integer NULL,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_session (
  token_hash  text PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  user_id     integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);

CREATE TABLE office (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  name        text NOT NULL,
  address     text NOT NULL,
  org_form    text NOT NULL CHECK (org_form IN ('private', 'municipal', 'section_8_2')),
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kommune_id, name)
);

CREATE TABLE doctor (
  id                 serial PRIMARY KEY,
  kommune_id         integer NOT NULL REFERENCES kommune(id),
  name               text NOT NULL,
  birth_year         integer NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
  sex                text NOT NULL CHECK (sex IN ('F', 'M')),
  specialist_gp      boolean NOT NULL,
  specialist_since   date NULL,
  authorised_date    date NOT NULL,
  in_specialisation  boolean NOT NULL,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (specialist_gp OR specialist_since IS NULL),
  CHECK (NOT (specialist_gp AND in_specialisation))
);

ALTER TABLE app_user ADD CONSTRAINT app_user_doctor_fk FOREIGN KEY (doctor_id) REFERENCES doctor(id);

CREATE TABLE gp_position (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  office_id   integer NOT NULL REFERENCES office(id),
  code        text NOT NULL,
  org_form    text NOT NULL CHECK (org_form IN ('self_employed', 'fixed_salary', 'section_8_2', 'municipal')),
  list_cap    integer NOT NULL CHECK (list_cap BETWEEN 0 AND 5000),
  status      text NOT NULL CHECK (status IN ('active', 'vacant', 'advertised', 'substitute')),
  shared_list boolean NOT NULL DEFAULT false,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kommune_id, code)
);

-- Which doctor served which position, when, and how (holder, substitute, or one of several on a shared list).
CREATE TABLE position_doctor (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  position_id  integer NOT NULL REFERENCES gp_position(id),
  doctor_id    integer NOT NULL REFERENCES doctor(id),
  role         text NOT NULL CHECK (role IN ('holder', 'substitute', 'shared')),
  from_date    date NOT NULL,
  to_date      date NULL,
  version      integer NOT NULL DEFAULT 1,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX position_doctor_position ON position_doctor (kommune_id, position_id);

-- Lists are counted on the 1st of each month (Helsedirektoratet): one row per position and month.
CREATE TABLE list_snapshot (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  position_id  integer NOT NULL REFERENCES gp_position(id),
  month        date NOT NULL CHECK (extract(day FROM month) = 1),
  list_length  integer NOT NULL CHECK (list_length BETWEEN 0 AND 10000),
  list_cap     integer NOT NULL CHECK (list_cap BETWEEN 0 AND 5000),
  waiting_list integer NOT NULL DEFAULT 0 CHECK (waiting_list BETWEEN 0 AND 100000),
  version      integer NOT NULL DEFAULT 1,
  UNIQUE (position_id, month)
);
CREATE INDEX list_snapshot_kommune_month ON list_snapshot (kommune_id, month);

-- Municipality-level monthly figures: inhabitants, residents listed with GPs elsewhere, non-residents listed here.
CREATE TABLE kommune_month (
  id                   serial PRIMARY KEY,
  kommune_id           integer NOT NULL REFERENCES kommune(id),
  month                date NOT NULL CHECK (extract(day FROM month) = 1),
  population           integer NOT NULL CHECK (population >= 0),
  listed_elsewhere     integer NOT NULL CHECK (listed_elsewhere >= 0),
  listed_non_residents integer NOT NULL CHECK (listed_non_residents >= 0),
  version              integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, month)
);

-- The column mapping an import last used, remembered per municipality and kind of import.
CREATE TABLE import_mapping (
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  kind        text NOT NULL,
  mapping     jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kommune_id, kind)
);

CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  user_id     integer NULL REFERENCES app_user(id),
  at          timestamptz NOT NULL,
  entity      text NOT NULL,
  entity_id   integer NULL,
  action      text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
  before      jsonb NULL,
  after       jsonb NULL
);
CREATE INDEX audit_log_entity ON audit_log (kommune_id, entity, entity_id);
