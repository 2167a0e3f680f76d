/** A roster's two ends: published (then doctors see it, and it can no longer be deleted), or deleted while a draft. */
import { AppError } from '../../contracts/errors.ts';
import type { TRosterDetail } from '../../contracts/roster/index.ts';
import { requireNoActiveJob } from '../../db/repositories/roster-jobs.ts';
import { deleteRoster as deleteRosterRow, touchRoster } from '../../db/repositories/rosters.ts';
import type { RosterContext } from './context.ts';
import { auditRoster, getRoster, openForChange, requireVersion } from './open-roster.ts';
import { rosterDetail } from './read-roster.ts';

/** Publishes a draft that has shifts. */
export async function publishRoster(ctx: RosterContext, id: number, version: number): Promise<TRosterDetail> {
  await ctx.db.transaction(async (tx) => {
    const r = await openForChange(tx, ctx.scope.kommuneId, id, version);
    if (r.row.status === 'published') throw new AppError('validation_failed', 'Vaktplanen er allerede publisert');
    if (r.shifts.length === 0) throw new AppError('validation_failed', 'Vaktplanen har ingen vakter ennå');
    await touchRoster(tx, ctx.scope.kommuneId, id, { status: 'published', publishedAt: ctx.now });
    await auditRoster(tx, ctx, id, 'update', { status: 'draft' }, { status: 'published' });
  });
  return rosterDetail(ctx, id);
}

/** Deletes a draft no job is running on. */
export async function deleteRoster(ctx: RosterContext, id: number, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await getRoster(tx, ctx.scope.kommuneId, id, true);
    requireVersion(row, version);
    if (row.status === 'published') throw new AppError('validation_failed', 'En publisert vaktplan kan ikke slettes');
    await requireNoActiveJob(tx, ctx.scope.kommuneId, id);
    await deleteRosterRow(tx, ctx.scope.kommuneId, id);
    await auditRoster(tx, ctx, id, 'delete', { name: row.name, start: row.start, days: row.days }, null);
  });
}
