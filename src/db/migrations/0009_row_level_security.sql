-- Legeplan schema, version 9: tenancy enforced by the database (issue 13). The repositories' `kommune_id = $n` stays
-- the first wall; this is the second: a query that forgets it still sees and writes only its own municipality's rows.
--
-- The app's requests run as legeplan_app (connection.ts switches to it with SET ROLE and sets legeplan.kommune_id
-- for the scope). The migrations, the demo seeding, the tests' fixtures and the CLI connect as the owner or a
-- superuser, which row-level security does not bind: that is the explicitly unscoped path.
--
-- Roles are cluster-global, and several databases on one server migrate at the same time (the test files): the role
-- is created once, tolerating both another database's earlier creation (duplicate_object) and a concurrent one
-- (unique_violation on pg_authid); the privileges are granted per database.
DO $$
BEGIN
  CREATE ROLE legeplan_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- A role of that name made by someone else must not be able to bypass the policies.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'legeplan_app' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'the role legeplan_app bypasses row-level security (SUPERUSER or BYPASSRLS): remove that attribute';
  END IF;
  -- The connecting user switches to legeplan_app, so it must be a member (a superuser always is).
  IF NOT pg_has_role(current_user, 'legeplan_app', 'MEMBER') THEN
    EXECUTE format('GRANT legeplan_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO legeplan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO legeplan_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO legeplan_app;
-- Tables and sequences later migrations create get the same privileges (they still need their policy: see below).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO legeplan_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO legeplan_app;
-- Which migrations ran is the migrator's business; municipalities are created by the demo seeding and the CLI.
REVOKE ALL ON schema_migration FROM legeplan_app;
REVOKE INSERT, UPDATE, DELETE ON kommune FROM legeplan_app;

-- Makes a table with kommune_id a tenant table: its rows are visible and writable only under their municipality's
-- scope, for its owner too (FORCE). A later migration adding such a table calls this for it; a test checks every one.
CREATE FUNCTION legeplan_tenant_table(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
  EXECUTE format(
    'CREATE POLICY tenant ON %s USING (kommune_id = current_setting(%L)::int) WITH CHECK (kommune_id = current_setting(%L)::int)',
    t, 'legeplan.kommune_id', 'legeplan.kommune_id');
END
$$;
REVOKE EXECUTE ON FUNCTION legeplan_tenant_table(regclass) FROM PUBLIC;

-- Every table of migrations 0001–0008 that carries kommune_id.
SELECT legeplan_tenant_table(t) FROM unnest(ARRAY[
  -- 0001 registry, users, imports, audit
  'capacity_target', 'app_user', 'user_session', 'office', 'doctor', 'gp_position', 'position_doctor', 'list_snapshot',
  'kommune_month', 'import_mapping', 'audit_log',
  -- 0002 nursing-home norms and municipal doctor tasks
  'institution', 'institution_unit', 'unit_places', 'place_change', 'institution_doctor', 'institution_staffing',
  'staffing_norm', 'norm_activity', 'ohd_request', 'doctor_allocation', 'gp_task',
  -- 0003 population and projection
  'population_import', 'population', 'projection_scenario', 'position_posting',
  -- 0004 training
  'alis_agreement', 'alis_period', 'supervision_session', 'doctor_course', 'learning_goal', 'goal_assessment',
  'lis1_intake', 'lis1_placement',
  -- 0005 economics
  'subsidy_rate_table', 'measure_package', 'measure', 'plan_goal',
  -- 0006–0008 legevakt roster
  'duty_template', 'legevakt_exemption', 'legevakt_unavailability', 'legevakt_participant', 'legevakt_wish', 'roster',
  'roster_shift', 'roster_job', 'roster_feed', 'roster_swap', 'legevakt_settings'
]::regclass[]) AS t;
