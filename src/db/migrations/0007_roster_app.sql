-- Legeplan schema, version 7: the legevakt roster as the app runs it (issue 5) — who takes part and their wishes,
-- rosters with one row per shift, background solver jobs, personal calendar feeds and shift swaps.
-- Runs unchanged on PostgreSQL 15 and PGlite.

-- A doctor who takes part in the legevakt: share of the load, shifts done before Legeplan, own limits.
CREATE TABLE legevakt_participant (
  id             serial PRIMARY KEY,
  kommune_id     integer NOT NULL REFERENCES kommune(id),
  doctor_id      integer NOT NULL REFERENCES doctor(id),
  role           text NOT NULL CHECK (role IN ('gp', 'employed', 'substitute', 'lis1', 'alis')),
  share          numeric(5,2) NOT NULL CHECK (share > 0 AND share <= 10),
  shifts_before  integer NOT NULL CHECK (shifts_before >= 0),
  max_per_week   integer NULL CHECK (max_per_week BETWEEN 0 AND 7),
  max_per_month  integer NULL CHECK (max_per_month BETWEEN 0 AND 31),
  active         boolean NOT NULL,
  version        integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, doctor_id)
);

-- A doctor's wish for a date: want a shift or to be free (a kind of shift, or any when template_id is null).
CREATE TABLE legevakt_wish (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  doctor_id    integer NOT NULL REFERENCES doctor(id),
  wish_date    date NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('want', 'avoid')),
  template_id  integer NULL REFERENCES duty_template(id),
  version      integer NOT NULL DEFAULT 1
);
CREATE INDEX legevakt_wish_kommune ON legevakt_wish (kommune_id, wish_date);

-- A roster for a period. `plan` is the snapshot of the facts it was solved against (templates, doctors with
-- competence, exemptions, absences, wishes, history), so its rules are checked against what the solver saw;
-- an absence reported after publication is added to it.
CREATE TABLE roster (
  id            serial PRIMARY KEY,
  kommune_id    integer NOT NULL REFERENCES kommune(id),
  name          text NOT NULL,
  start_date    date NOT NULL,
  days          integer NOT NULL CHECK (days BETWEEN 1 AND 400),
  status        text NOT NULL CHECK (status IN ('draft', 'published')),
  plan          jsonb NOT NULL,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL,
  published_at  timestamptz NULL,
  UNIQUE (kommune_id, name)
);

-- One shift of a roster: who holds it (NULL = open, nobody yet).
CREATE TABLE roster_shift (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  roster_id    integer NOT NULL REFERENCES roster(id) ON DELETE CASCADE,
  shift_date   date NOT NULL,
  template_id  integer NOT NULL REFERENCES duty_template(id),
  doctor_id    integer NULL REFERENCES doctor(id)
);
CREATE INDEX roster_shift_roster ON roster_shift (roster_id, shift_date);
CREATE INDEX roster_shift_doctor ON roster_shift (kommune_id, doctor_id);

-- A solver run in the background (generate, re-solve part, repair), with its progress.
CREATE TABLE roster_job (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  roster_id    integer NOT NULL REFERENCES roster(id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('generate', 'resolve', 'repair')),
  status       text NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
  seconds      integer NOT NULL,
  seed         integer NOT NULL,
  progress     double precision NOT NULL DEFAULT 0,
  iterations   integer NOT NULL DEFAULT 0,
  best_hard    double precision NULL,
  best_soft    double precision NULL,
  error        text NULL,
  created_at   timestamptz NOT NULL,
  finished_at  timestamptz NULL
);
CREATE INDEX roster_job_roster ON roster_job (roster_id, id);

-- A doctor's personal calendar feed: a secret token (only its SHA-256 is stored), revocable.
CREATE TABLE roster_feed (
  id           serial PRIMARY KEY,
  kommune_id   integer NOT NULL REFERENCES kommune(id),
  doctor_id    integer NOT NULL REFERENCES doctor(id),
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL,
  revoked_at   timestamptz NULL
);
CREATE INDEX roster_feed_doctor ON roster_feed (kommune_id, doctor_id);

-- A shift offered by its doctor to a colleague (or to all), accepted by one, approved by the coordinator.
CREATE TABLE roster_swap (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  roster_id       integer NOT NULL REFERENCES roster(id) ON DELETE CASCADE,
  shift_id        integer NOT NULL REFERENCES roster_shift(id) ON DELETE CASCADE,
  from_doctor_id  integer NOT NULL REFERENCES doctor(id),
  to_doctor_id    integer NULL REFERENCES doctor(id),
  taker_doctor_id integer NULL REFERENCES doctor(id),
  status          text NOT NULL CHECK (status IN ('offered', 'accepted', 'approved', 'refused', 'withdrawn')),
  note            text NOT NULL DEFAULT '',
  reason          text NOT NULL DEFAULT '',
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL
);
CREATE INDEX roster_swap_roster ON roster_swap (kommune_id, roster_id);
