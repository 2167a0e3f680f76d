-- Legeplan schema, version 10: solver jobs as a queue shared by every server process on the database (issue 21).
-- A job is queued, then claimed by one process (FOR UPDATE SKIP LOCKED), which records itself as the owner and
-- beats a heartbeat while the job runs; a job whose owner is gone is failed by whoever notices. Cancel is a flag
-- in the row that the owner polls, so it works from any process. The job's own input (a start roster and the
-- pinned cells, base64) lives in the row, so any process can run it. Idempotent; runs on PostgreSQL 15 and PGlite.

ALTER TABLE roster_job DROP CONSTRAINT IF EXISTS roster_job_status_check;
ALTER TABLE roster_job ADD CONSTRAINT roster_job_status_check CHECK (status IN ('queued', 'running', 'done', 'cancelled', 'failed'));
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS input jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS created_by integer NULL REFERENCES app_user(id) ON DELETE SET NULL;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS owner_id text NULL;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS owner_host text NULL;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS owner_pid integer NULL;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS heartbeat_at timestamptz NULL;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS started_at timestamptz NULL;
ALTER TABLE roster_job ADD COLUMN IF NOT EXISTS cancel_requested boolean NOT NULL DEFAULT false;
CREATE INDEX IF NOT EXISTS roster_job_queued ON roster_job (id) WHERE status = 'queued';
CREATE INDEX IF NOT EXISTS roster_job_running ON roster_job (owner_host) WHERE status = 'running';
