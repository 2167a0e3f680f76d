import { NFAS_2020, type NormActivity, type PositionHours, type StaffingNorm } from '../../domain/norms/index.ts';
import type { Queryable } from '../connection.ts';

/** A norm version to store: its date, name, source, position and activity table. */
export interface NewVersion {
  validFrom: string;
  name: string;
  source: string;
  position: PositionHours;
  activities: readonly NormActivity[];
}

/** Inserts a norm version and its activity table; the ids of the new rows. */
export async function insertNormVersion(tx: Queryable, kommuneId: number, v: NewVersion): Promise<{ normId: number; activityIds: number[] }> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO staffing_norm (kommune_id, valid_from, name, source, weekly_hours, non_clinical_share, working_weeks)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [kommuneId, v.validFrom, v.name, v.source, v.position.weeklyHours, v.position.nonClinicalShare, v.position.workingWeeks],
  );
  const normId = row!.id;
  const activityIds: number[] = [];
  for (const [i, a] of v.activities.entries()) {
    const [r] = await tx.query<{ id: number }>(
      `INSERT INTO norm_activity (kommune_id, norm_id, activity, hours, per_unit, comment, reference, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [kommuneId, normId, a.activity, a.hours, a.unit, a.comment, a.reference, (i + 1) * 10],
    );
    activityIds.push(r!.id);
  }
  return { normId, activityIds };
}

/** The shipped default norm's activity table. */
export const nfas = NFAS_2020.norm as Extract<StaffingNorm, { kind: 'activity' }>;

/**
 * Copies the shipped Nfas 2020 norm into a municipality as its first norm version, so it can change its own.
 * Call it inside the transaction that creates the municipality (the demo loader does; so can tests).
 */
export async function installDefaultNorm(tx: Queryable, kommuneId: number): Promise<number> {
  const { normId } = await insertNormVersion(tx, kommuneId, {
    validFrom: NFAS_2020.validFrom,
    name: NFAS_2020.name,
    source: NFAS_2020.source,
    position: nfas.position,
    activities: nfas.activities,
  });
  return normId;
}

/** How many norm versions the municipality has. */
export async function countNormVersions(tx: Queryable, kommuneId: number): Promise<number> {
  const [count] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM staffing_norm WHERE kommune_id = $1`, [kommuneId]);
  return count?.n ?? 0;
}

/** The ids of a norm version's activities, in order. */
export async function normActivityIds(tx: Queryable, kommuneId: number, normId: number): Promise<number[]> {
  return (await tx.query<{ id: number }>(`SELECT id FROM norm_activity WHERE norm_id = $1 AND kommune_id = $2 ORDER BY id`, [normId, kommuneId])).map((r) => r.id);
}

/** Deletes one row of a norm table (the version or one of its activities). */
export async function deleteNormRow(tx: Queryable, table: 'staffing_norm' | 'norm_activity', kommuneId: number, id: number): Promise<void> {
  await tx.query(`DELETE FROM ${table} WHERE id = $1 AND kommune_id = $2`, [id, kommuneId]);
}
