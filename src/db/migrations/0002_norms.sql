-- Legeplan schema, version 2: nursing homes and ØHD beds, doctor staffing norms, ØHD requests, and the
-- allocation of municipal doctor tasks (DOMAIN.md §2). Runs unchanged on PostgreSQL 15 and PGlite.
-- Place kinds, norm units and task areas are the domain's unions (src/domain/norms); keep the CHECKs in step.

CREATE TABLE institution (
  id                serial PRIMARY KEY,
  kommune_id        integer NOT NULL REFERENCES kommune(id),
  name              text NOT NULL,
  institution_type  text NOT NULL CHECK (institution_type IN ('nursing_home', 'legevakt')),
  owner             text NOT NULL CHECK (owner IN ('municipal', 'private')),
  note              text NOT NULL DEFAULT '',
  version           integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, name)
);

-- A unit (avdeling, sengepost) and its average length of stay in days; null when it has no short-term places.
CREATE TABLE institution_unit (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  institution_id  integer NOT NULL REFERENCES institution(id),
  name            text NOT NULL,
  avg_stay_days   numeric(7,2) NULL CHECK (avg_stay_days IS NULL OR avg_stay_days > 0),
  version         integer NOT NULL DEFAULT 1,
  UNIQUE (institution_id, name)
);
CREATE INDEX institution_unit_kommune ON institution_unit (kommune_id);

-- The places of one kind in a unit as registered, with their occupancy (share 0–1).
CREATE TABLE unit_places (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  unit_id     integer NOT NULL REFERENCES institution_unit(id),
  place_kind  text NOT NULL CHECK (place_kind IN ('long_term', 'short_term', 'rehabilitation', 'intermediate', 'ohd', 'palliative', 'respite', 'dementia', 'young_special')),
  places      integer NOT NULL CHECK (places BETWEEN 0 AND 1000),
  occupancy   numeric(5,4) NOT NULL CHECK (occupancy >= 0 AND occupancy <= 1),
  version     integer NOT NULL DEFAULT 1,
  UNIQUE (unit_id, place_kind)
);
CREATE INDEX unit_places_kommune ON unit_places (kommune_id);

-- A planned change in places from a date (S §3.1: Nygård +18 in 2025 and +18 in 2027).
CREATE TABLE place_change (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  unit_id         integer NOT NULL REFERENCES institution_unit(id),
  place_kind      text NOT NULL CHECK (place_kind IN ('long_term', 'short_term', 'rehabilitation', 'intermediate', 'ohd', 'palliative', 'respite', 'dementia', 'young_special')),
  delta           integer NOT NULL CHECK (delta <> 0 AND delta BETWEEN -1000 AND 1000),
  effective_date  date NOT NULL,
  note            text NOT NULL DEFAULT '',
  version         integer NOT NULL DEFAULT 1
);
CREATE INDEX place_change_kommune ON place_change (kommune_id, unit_id);

-- Doctors serving the institutions (municipally employed), with their specialist status.
CREATE TABLE institution_doctor (
  id                 serial PRIMARY KEY,
  kommune_id         integer NOT NULL REFERENCES kommune(id),
  name               text NOT NULL,
  specialty          text NOT NULL CHECK (specialty IN ('none', 'general_practice', 'geriatrics', 'psychiatry', 'internal_medicine', 'other')),
  in_specialisation  boolean NOT NULL,
  version            integer NOT NULL DEFAULT 1
);
CREATE INDEX institution_doctor_kommune ON institution_doctor (kommune_id);

-- How many FTE a doctor serves at an institution.
CREATE TABLE institution_staffing (
  id                     serial PRIMARY KEY,
  kommune_id             integer NOT NULL REFERENCES kommune(id),
  institution_doctor_id  integer NOT NULL REFERENCES institution_doctor(id),
  institution_id         integer NOT NULL REFERENCES institution(id),
  fte                    numeric(5,3) NOT NULL CHECK (fte > 0 AND fte <= 1),
  version                integer NOT NULL DEFAULT 1,
  UNIQUE (institution_doctor_id, institution_id)
);
CREATE INDEX institution_staffing_kommune ON institution_staffing (kommune_id);

-- The municipality's staffing norm, one row per dated version (the Nfas 2020 default is copied in first).
CREATE TABLE staffing_norm (
  id                  serial PRIMARY KEY,
  kommune_id          integer NOT NULL REFERENCES kommune(id),
  valid_from          date NOT NULL,
  name                text NOT NULL,
  source              text NOT NULL DEFAULT '',
  weekly_hours        numeric(5,2) NOT NULL CHECK (weekly_hours > 0 AND weekly_hours <= 80),
  non_clinical_share  numeric(5,4) NOT NULL CHECK (non_clinical_share >= 0 AND non_clinical_share <= 0.95),
  working_weeks       numeric(4,1) NOT NULL CHECK (working_weeks > 0 AND working_weeks <= 52),
  version             integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, valid_from)
);

-- One row of a norm version's activity table; `per_unit` says what the hours are counted per.
CREATE TABLE norm_activity (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  norm_id     integer NOT NULL REFERENCES staffing_norm(id),
  activity    text NOT NULL,
  hours       numeric(7,3) NOT NULL CHECK (hours >= 0 AND hours <= 1000),
  per_unit    text NOT NULL CHECK (per_unit IN ('position_week', 'long_term_year', 'short_term_stay', 'short_term_week')),
  comment     text NOT NULL DEFAULT '',
  reference   text NOT NULL DEFAULT '',
  sort_order  integer NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 10000),
  version     integer NOT NULL DEFAULT 1
);
CREATE INDEX norm_activity_norm ON norm_activity (kommune_id, norm_id);

-- A request for an ØHD bed as a checklist of the five criteria (S §3.2). No patient identity is stored.
CREATE TABLE ohd_request (
  id                   serial PRIMARY KEY,
  kommune_id           integer NOT NULL REFERENCES kommune(id),
  request_date         date NOT NULL,
  referrer             text NOT NULL CHECK (referrer IN ('gp', 'legevakt', 'institution', 'hospital_emergency', 'other')),
  criterion_acute      boolean NOT NULL,
  criterion_home_care  boolean NOT NULL,
  criterion_home_soon  boolean NOT NULL,
  criterion_as_good    boolean NOT NULL,
  criterion_examined   boolean NOT NULL,
  admitted             boolean NOT NULL,
  reason               text NOT NULL DEFAULT '',
  version              integer NOT NULL DEFAULT 1
);
CREATE INDEX ohd_request_kommune_date ON ohd_request (kommune_id, request_date);

-- Municipal doctor FTE by area (S §3.0) and how the need for it is found.
CREATE TABLE doctor_allocation (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  area         text NOT NULL CHECK (area IN ('legevakt', 'nursing_homes', 'child_health', 'lis1_supervision', 'alis_supervision', 'alis_coordination', 'leadership', 'community_medicine', 'other')),
  note         text NOT NULL DEFAULT '',
  fte          numeric(6,3) NOT NULL CHECK (fte >= 0 AND fte <= 100),
  covered_by   text NOT NULL CHECK (covered_by IN ('municipal_employees', 'gps')),
  need_basis   text NOT NULL CHECK (need_basis IN ('not_assessed', 'manual', 'nursing_home_norm', 'alis_supervision_rule')),
  need_fte     numeric(6,3) NULL CHECK (need_fte IS NULL OR (need_fte >= 0 AND need_fte <= 100)),
  version      integer NOT NULL DEFAULT 1,
  CHECK ((need_basis = 'manual') = (need_fte IS NOT NULL))
);
CREATE INDEX doctor_allocation_kommune ON doctor_allocation (kommune_id);

-- A municipal task assigned to a GP (up to 7.5 h/week may be obliged), or a voluntary agreement.
CREATE TABLE gp_task (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  doctor_id       integer NOT NULL REFERENCES doctor(id),
  area            text NOT NULL CHECK (area IN ('legevakt', 'nursing_homes', 'child_health', 'lis1_supervision', 'alis_supervision', 'alis_coordination', 'leadership', 'community_medicine', 'other')),
  hours_per_week  numeric(7,4) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 37.5),
  basis           text NOT NULL CHECK (basis IN ('obligation', 'agreement')),
  from_date       date NOT NULL,
  to_date         date NULL,
  note            text NOT NULL DEFAULT '',
  version         integer NOT NULL DEFAULT 1,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX gp_task_kommune ON gp_task (kommune_id, doctor_id);
