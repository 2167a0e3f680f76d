import type { TCreateNormVersionRequest, TCreateNormVersionResponse, TStaffingNorm } from '../../contracts/norms/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { NFAS_2020 } from '../../domain/norms/index.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { NORM_ENTITIES } from '../../db/repositories/norms-entities.ts';
import { loadNormVersions } from '../../db/repositories/norms-facts.ts';
import { countNormVersions, deleteNormRow, insertNormVersion, nfas, normActivityIds, type NewVersion } from '../../db/repositories/norms-versions.ts';
import { getRow, translateDbError } from '../../db/repositories/registry.ts';
import type { UseCaseContext } from '../context.ts';

const normDef = NORM_ENTITIES['staffing-norms'];
const activityDef = NORM_ENTITIES['norm-activities'];

/**
 * A new dated norm version, copied from one of the municipality's versions or from the shipped Nfas 2020 default,
 * with an audit row for the version and for each activity, in one transaction.
 */
export async function createNormVersion(ctx: UseCaseContext, req: TCreateNormVersionRequest): Promise<TCreateNormVersionResponse> {
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
      const { normId, activityIds } = await insertNormVersion(tx, ctx.scope.kommuneId, source);
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
export async function deleteNormVersion(ctx: UseCaseContext, id: number, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await getRow(tx, normDef, ctx.scope, id, true);
    if (before.version !== version) {
      throw new DomainError('version_conflict', `Noen andre har endret posten (${normDef.label}) siden du åpnet den`, { current: before });
    }
    if ((await countNormVersions(tx, ctx.scope.kommuneId)) <= 1) throw new DomainError('in_use', 'Kan ikke slettes: kommunen må ha minst én versjon av bemanningsnormen');
    for (const activityId of await normActivityIds(tx, ctx.scope.kommuneId, id)) {
      const row = await getRow(tx, activityDef, ctx.scope, activityId);
      await deleteNormRow(tx, 'norm_activity', ctx.scope.kommuneId, activityId);
      await writeAudit(tx, ctx.scope, { at: ctx.now, entity: activityDef.name, entityId: activityId, action: 'delete', before: row, after: null });
    }
    await deleteNormRow(tx, 'staffing_norm', ctx.scope.kommuneId, id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: normDef.name, entityId: id, action: 'delete', before, after: null });
  });
}
