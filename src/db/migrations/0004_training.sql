-- Legeplan schema, version 4: doctors in training (DOMAIN.md §4, §7; S §5; P "ALIS-løpet"): ALIS agreements with
-- their education plan and supervisor, service periods per arena, the supervision log, courses (also the specialists'
-- acute-medicine course), the learning-goal catalogue and its assessments, and LIS1 intakes and placements.
-- Runs unchanged on PostgreSQL 15 and PGlite. Arenas, course kinds and goal groups are the domain's unions
-- (src/domain/training/types.ts): keep the CHECKs in step. No patient data anywhere.

-- One ALIS: the individual agreement, the education plan (planned months per arena, full time) and the supervisor,
-- who must be a specialist in general practice on `supervisor_from` unless a time-limited exemption runs to a later date.
CREATE TABLE alis_agreement (
  id                         serial PRIMARY KEY,
  kommune_id                 integer NOT NULL REFERENCES kommune(id),
  doctor_id                  integer NOT NULL REFERENCES doctor(id),
  agreement_date             date NOT NULL,
  start_date                 date NOT NULL,
  fte                        numeric(4,3) NOT NULL CHECK (fte > 0 AND fte <= 1),
  supervisor_id              integer NOT NULL REFERENCES doctor(id),
  supervisor_from            date NOT NULL,
  supervisor_exemption_until date NULL,
  supervision_group          text NOT NULL DEFAULT '',
  plan_open_months           integer NOT NULL CHECK (plan_open_months BETWEEN 0 AND 60),
  plan_institution_months    integer NOT NULL CHECK (plan_institution_months BETWEEN 0 AND 60),
  plan_other_months          integer NOT NULL CHECK (plan_other_months BETWEEN 0 AND 60),
  grant_from                 date NULL,
  specialist_date            date NULL,
  left_date                  date NULL,
  note                       text NOT NULL DEFAULT '',
  version                    integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, doctor_id),
  CHECK (supervisor_id <> doctor_id),
  CHECK (plan_open_months + plan_institution_months + plan_other_months <= 60)
);
CREATE INDEX alis_agreement_supervisor ON alis_agreement (kommune_id, supervisor_id);

-- Service actually done in one arena of the plan (to_date null = ongoing).
CREATE TABLE alis_period (
  id            serial PRIMARY KEY,
  kommune_id    integer NOT NULL REFERENCES kommune(id),
  agreement_id  integer NOT NULL REFERENCES alis_agreement(id),
  arena         text NOT NULL CHECK (arena IN ('open_practice', 'institution', 'other_general')),
  from_date     date NOT NULL,
  to_date       date NULL,
  place         text NOT NULL DEFAULT '',
  version       integer NOT NULL DEFAULT 1,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX alis_period_agreement ON alis_period (kommune_id, agreement_id);

-- A supervision session as the doctor logs it: date, minutes, topic. The supervisor confirms it.
CREATE TABLE supervision_session (
  id            serial PRIMARY KEY,
  kommune_id    integer NOT NULL REFERENCES kommune(id),
  agreement_id  integer NOT NULL REFERENCES alis_agreement(id),
  session_date  date NOT NULL,
  minutes       integer NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  session_kind  text NOT NULL CHECK (session_kind IN ('individual', 'group')),
  topic         text NOT NULL,
  confirmed_at  timestamptz NULL,
  confirmed_by  integer NULL REFERENCES app_user(id),
  version       integer NOT NULL DEFAULT 1
);
CREATE INDEX supervision_session_agreement ON supervision_session (kommune_id, agreement_id, session_date);

-- A course a doctor must take or has taken: with a deadline, a completion date, or both.
CREATE TABLE doctor_course (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  doctor_id       integer NOT NULL REFERENCES doctor(id),
  course          text NOT NULL CHECK (course IN ('basic', 'acute_medicine', 'violence_abuse', 'expert_witness', 'other')),
  title           text NOT NULL,
  due_date        date NULL,
  completed_date  date NULL,
  version         integer NOT NULL DEFAULT 1,
  CHECK (due_date IS NOT NULL OR completed_date IS NOT NULL)
);
CREATE INDEX doctor_course_doctor ON doctor_course (kommune_id, doctor_id);

-- The learning-goal catalogue (imported from a file): the specialty's goals and the common goals.
CREATE TABLE learning_goal (
  id          serial PRIMARY KEY,
  kommune_id  integer NOT NULL REFERENCES kommune(id),
  code        text NOT NULL,
  goal_group  text NOT NULL CHECK (goal_group IN ('specialty', 'common')),
  title       text NOT NULL,
  version     integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, code)
);

-- The supervisor's assessment of one goal for one ALIS, then the leader's approval (both audited).
CREATE TABLE goal_assessment (
  id             serial PRIMARY KEY,
  kommune_id     integer NOT NULL REFERENCES kommune(id),
  agreement_id   integer NOT NULL REFERENCES alis_agreement(id),
  goal_id        integer NOT NULL REFERENCES learning_goal(id),
  assessed_date  date NOT NULL,
  achieved       boolean NOT NULL,
  assessed_by    integer NULL REFERENCES app_user(id),
  approved_at    timestamptz NULL,
  approved_by    integer NULL REFERENCES app_user(id),
  version        integer NOT NULL DEFAULT 1,
  UNIQUE (agreement_id, goal_id),
  CHECK (approved_at IS NULL OR achieved)
);
CREATE INDEX goal_assessment_kommune ON goal_assessment (kommune_id, agreement_id);

-- LIS1 positions allotted for one intake (two a year), and the municipality's goal.
CREATE TABLE lis1_intake (
  id              serial PRIMARY KEY,
  kommune_id      integer NOT NULL REFERENCES kommune(id),
  start_date      date NOT NULL,
  positions       integer NOT NULL CHECK (positions BETWEEN 0 AND 100),
  goal_positions  integer NULL CHECK (goal_positions IS NULL OR goal_positions BETWEEN 0 AND 100),
  note            text NOT NULL DEFAULT '',
  version         integer NOT NULL DEFAULT 1,
  UNIQUE (kommune_id, start_date)
);

-- One LIS1 in the municipality (6 months): office, individual supervisor, health-station days a week, learning
-- activities, and the leader's confirmation of completed service.
CREATE TABLE lis1_placement (
  id                    serial PRIMARY KEY,
  kommune_id            integer NOT NULL REFERENCES kommune(id),
  intake_id             integer NOT NULL REFERENCES lis1_intake(id),
  name                  text NOT NULL,
  office_id             integer NOT NULL REFERENCES office(id),
  supervisor_id         integer NOT NULL REFERENCES doctor(id),
  health_station_days   numeric(3,1) NOT NULL CHECK (health_station_days >= 0 AND health_station_days <= 5),
  start_date            date NOT NULL,
  end_date              date NOT NULL,
  learning_activities   text NOT NULL DEFAULT '',
  confirmed_at          timestamptz NULL,
  confirmed_by          integer NULL REFERENCES app_user(id),
  version               integer NOT NULL DEFAULT 1,
  CHECK (end_date > start_date)
);
CREATE INDEX lis1_placement_kommune ON lis1_placement (kommune_id, intake_id);
