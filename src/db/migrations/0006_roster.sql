-- Legeplan schema, version 6: the legevakt duty roster's facts (DOMAIN.md §3; issue 5): shift templates,
-- doctors' exemptions (decided by the committee) and unavailable periods. Runs unchanged on PostgreSQL 15 and
-- PGlite. Shift kinds and template days are the domain's unions (src/domain/roster/legevakt/plan.ts).

-- A shift template of the service: local start and end in Europe/Oslo ("HH:MM"; an end at or before the start is
-- the next day), on which days it runs, how many doctors, and whether they must be competent to work alone.
CREATE TABLE duty_template (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('day', 'evening', 'night', 'on-call', 'backup')),
  start_time  text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time    text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  run_days    text NOT NULL CHECK (run_days IN ('weekdays', 'weekends-and-holidays', 'all')),
  doctors     integer NOT NULL CHECK (doctors BETWEEN 0 AND 50),
  alone       boolean NOT NULL,
  load        numeric(4,2) NOT NULL CHECK (load >= 0 AND load <= 10),
  version     integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, name)
);

-- An exemption from a kind of legevakt shift (fritak, SFS 2305), with its reason, the committee's decision and validity.
CREATE TABLE legevakt_exemption (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  doctor_id   integer NOT NULL REFERENCES doctor(id),
  kind        text NOT NULL CHECK (kind IN ('day', 'evening', 'night', 'on-call', 'backup')),
  reason      text NOT NULL CHECK (reason IN ('age', 'health', 'social', 'other')),
  decided_by  text NOT NULL,
  decided_on  date NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date NULL CHECK (valid_to IS NULL OR valid_to >= valid_from),
  version     integer NOT NULL DEFAULT 1
);
CREATE INDEX legevakt_exemption_kommune ON legevakt_exemption (kommune_id, doctor_id);

-- A period a doctor cannot take legevakt shifts (holiday, course, leave).
CREATE TABLE legevakt_unavailability (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  doctor_id   integer NOT NULL REFERENCES doctor(id),
  date_from   date NOT NULL,
  date_to     date NOT NULL CHECK (date_to >= date_from),
  note        text NOT NULL DEFAULT '',
  version     integer NOT NULL DEFAULT 1
);
CREATE INDEX legevakt_unavailability_kommune ON legevakt_unavailability (kommune_id, doctor_id);
