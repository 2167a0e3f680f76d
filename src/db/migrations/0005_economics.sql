-- Legeplan schema, version 5: economics and the plan (DOMAIN.md §5, §6): the municipality's basistilskudd rate
-- table, packages of costed recruitment measures, and the plan's goals with their measures and live indicators.
-- Runs unchanged on PostgreSQL 15 and PGlite (PostgreSQL 18). Money is integer øre (bigint) everywhere.
-- Measure kinds, statuses and indicators are the domain's unions (src/domain/economics); keep the CHECKs in step.

-- The municipality's own basistilskudd table, edited as a whole (its validity periods are checked together); without
-- a row the shipped defaults (src/domain/rules/basistilskudd-rates.ts) apply.
CREATE TABLE subsidy_rate_table (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id) UNIQUE,
  rates       jsonb NOT NULL CHECK (jsonb_typeof(rates) = 'array'),
  version     integer NOT NULL DEFAULT 1
);

-- A named package of measures with the date it starts (Sarpsborg: "Tiltakspakke 2023").
CREATE TABLE measure_package (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  name         text NOT NULL,
  start_date   date NOT NULL,
  description  text NOT NULL DEFAULT '',
  version      integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, name)
);

-- One costed measure: its kind and typed parameters (validated by the API per kind; money in øre), status and reason.
CREATE TABLE measure (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  package_id  integer NOT NULL REFERENCES measure_package(id),
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('basis_top_up', 'recruitment_grant', 'municipal_substitute', 'agency_substitute', 'colleague_compensation', 'sick_pay', 'course_compensation', 'practice_consultant', 'meeting_fee', 'fixed_salary_positions', 'buy_out', 'establishment_loan', 'purchase_advance', 'other')),
  params      jsonb NOT NULL CHECK (jsonb_typeof(params) = 'object'),
  start_date  date NULL,
  end_date    date NULL,
  status      text NOT NULL CHECK (status IN ('recommended', 'adopted', 'later', 'rejected')),
  reason      text NOT NULL DEFAULT '',
  sort_order  integer NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 10000),
  version     integer NOT NULL DEFAULT 1,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX measure_kommune_package ON measure (kommune_id, package_id);

-- A goal of the plan (styringsmål) with its measure, owner, when, cost and status; optionally linked to a live
-- indicator computed by another area, so its progress is computed, not typed.
CREATE TABLE plan_goal (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  number      integer NOT NULL CHECK (number BETWEEN 1 AND 1000),
  area        text NOT NULL DEFAULT '',
  goal        text NOT NULL,
  measure     text NOT NULL DEFAULT '',
  owner       text NOT NULL DEFAULT '',
  due         text NOT NULL DEFAULT '',
  cost_ore    bigint NULL CHECK (cost_ore IS NULL OR cost_ore >= 0),
  cost_note   text NOT NULL DEFAULT '',
  status      text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed', 'rejected')),
  note        text NOT NULL DEFAULT '',
  indicator   text NULL CHECK (indicator IS NULL OR indicator IN ('free_share', 'open_places', 'fte_gap', 'legevakt_shifts_per_gp', 'alis_count')),
  target      numeric(12,4) NULL,
  direction   text NOT NULL CHECK (direction IN ('at_least', 'at_most')),
  version     integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, number)
);
