import { DomainError } from '../../domain/errors.ts';
import type { TCreateNormVersionRequest, TCreateNormVersionResponse, TStaffingNorm } from '../../contracts/norms/index.ts';
import { NFAS_2020, type NormActivity, type PositionHours, type StaffingNorm } from '../../domain/norms/index.ts';
import type { Queryable } from '../connection.ts';
import { NORM_ENTITIES } from './norms-entities.ts';
import { loadNormVersions } from './norms-facts.ts';
import { getRow, translateDbError, type WriteContext } from './registry.ts';
import { writeAudit } from './audit.ts';

const normDef = NORM_ENTITIES['staffing-norms'];
const activityDef = NORM_ENTITIES['norm-activities'];

interface NewVersion {
  validFrom: string;
  name: string;
  source: string;
  position: PositionHours;
  activities: readonly NormActivity[];
}

async function insertVersion(tx: Queryable, kommuneId: number, v: NewVersion): Promise<{ normId: number; activityIds: number[] }> {
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

const nfas = NFAS_2020.norm as Extract<StaffingNorm, { kind: 'activity' }>;

/**
 * Copies the shipped Nfas 2020 norm into a municipality as its first norm version, so it can change its own.
 * Call it inside the transaction that creates the municipality (the demo loader does; so can tests).
 */
export async function installDefaultNorm(tx: Queryable, kommuneId: number): Promise<number> {
  const { normId } = await insertVersion(tx, kommuneId, {
    validFrom: NFAS_2020.validFrom,
    name: NFAS_2020.name,
    source: NFAS_2020.source,
    position: nfas.position,
    activities: nfas.activities,
  });
  return normId;
}

/**
 * A new dated norm version, copied from one of the municipality's versions or from the shipped Nfas 2020 default,
 * with an audit row for the version and for each activity, in one transaction.
 */
export async function createNormVersion(ctx: WriteContext, req: TCreateNormVersionRequest): Promise<TCreateNormVersionResponse> {
  try {
    return await ctx.db.transaction(async (tx) => {
      let source: NewVersion;
      if (req.copyOf === 'nfas-2020') {
        source = { ...req, source: NFAS_2020.source, position: nfas.position, activities: nfas.activities };
      } else {
        const from = (await loadNormVersions(tx, ctx.scope.kommuneId)).find((v) => v.id === req.copyOf);
        if (!from) throw new DomainError('invalid_reference', 'Normversjonen det skal kopieres fra finnes ikke', { fields: [{ path: 'copyOf', message: 'Kopier fra: normversjonen finnes ikke' }] });
        source = { ...req, source: from.source, position: from.position, activities: from.activities };
      }
      const { normId, activityIds } = await insertVersion(tx, ctx.scope.kommuneId, source);
      const norm = (await getRow(tx, normDef, ctx.scope, normId)) as TStaffingNorm;
      await writeAudit(tx, ctx.scope, { at: ctx.now, entity: normDef.name, entityId: normId, action: 'create', before: null, after: norm });
      for (const id of activityIds) {
        const after = await getRow(tx, activityDef, ctx.scope, id);
        await writeAudit(tx, ctx.scope, { at: ctx.now, entity: activityDef.name, entityId: id, action: 'create', before: null, after });
      }
      return { norm, activities: activityIds.length };
    });
  } catch (err) {
    translateDbError(normDef, err);
  }
}

/**
 * Deletes a norm version the caller saw at its current version, with its activity table, auditing every row, in one
 * transaction. Refuses to delete the municipality's last version: the gap needs a norm.
 */
export async function deleteNormVersion(ctx: WriteContext, id: number, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await getRow(tx, normDef, ctx.scope, id, true);
    if (before.version !== version) {
      throw new DomainError('version_conflict', `Noen andre har endret posten (${normDef.label}) siden du åpnet den`, { current: before });
    }
    const [count] = await tx.query<{ n: number }>(`SELECT count(*) AS n FROM staffing_norm WHERE kommune_id = $1`, [ctx.scope.kommuneId]);
    if ((count?.n ?? 0) <= 1) throw new DomainError('in_use', 'Kan ikke slettes: kommunen må ha minst én versjon av bemanningsnormen');
    const activities = await tx.query<{ id: number }>(`SELECT id FROM norm_activity WHERE norm_id = $1 AND kommune_id = $2 ORDER BY id`, [id, ctx.scope.kommuneId]);
    for (const { id: activityId } of activities) {
      const row = await getRow(tx, activityDef, ctx.scope, activityId);
      await tx.query(`DELETE FROM norm_activity WHERE id = $1 AND kommune_id = $2`, [activityId, ctx.scope.kommuneId]);
      await writeAudit(tx, ctx.scope, { at: ctx.now, entity: activityDef.name, entityId: activityId, action: 'delete', before: row, after: null });
    }
    await tx.query(`DELETE FROM staffing_norm WHERE id = $1 AND kommune_id = $2`, [id, ctx.scope.kommuneId]);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: normDef.name, entityId: id, action: 'delete', before, after: null });
  });
}
