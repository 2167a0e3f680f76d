/**
 * Who is asking: every repository call carries this, and every query it makes is limited to the
 * scope's municipality — the first wall of tenancy; row-level security (migration 0009, entered through
 * `Database.withScope`) is the second. `ownDoctorId` is set for the doctor role, which limits personal
 * rows to the doctor's own.
 */
export interface Scope {
  kommuneId: number;
  userId: number | null;
  ownDoctorId: number | null;
}

/** The role the app's scoped queries run as: no BYPASSRLS, so the tenant policies bind it (migration 0009). */
const APP_ROLE = 'legeplan_app';

/**
 * The SQL that puts a session (`local` false) or the current transaction (`local` true) under a municipality's
 * row-level security: the app's role and `legeplan.kommune_id`, which every tenant table's policy compares with.
 * One simple-protocol statement list, so it costs one round trip; the id is checked to be an integer before it is
 * written into the SQL.
 */
export function tenancySql(kommuneId: number, local: boolean): string {
  if (!Number.isSafeInteger(kommuneId) || kommuneId <= 0) throw new Error(`Not a municipality id: ${String(kommuneId)}`);
  return `SET ${local ? 'LOCAL ' : ''}ROLE ${APP_ROLE}; SELECT set_config('legeplan.kommune_id', '${kommuneId}', ${local})`;
}
