import { invalidInput } from '../../domain/errors.ts';
import { osloDate } from '../../domain/rules/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { getRow, type Row } from '../../db/repositories/registry.ts';
import { agreementParties, markConfirmed } from '../../db/repositories/training-actions.ts';
import { TRAINING_ENTITIES as E } from '../../db/repositories/training-entities.ts';
import type { UseCaseContext } from '../context.ts';
import { requireSupervisor, staleVersion } from './access.ts';

/** Marks a row confirmed by the caller at `now`, if the caller saw its current version; audits before and after. */
async function confirmRow(tx: Queryable, ctx: UseCaseContext, def: (typeof E)['supervision-sessions'] | (typeof E)['lis1-placements'], before: Row, version: number, alreadyMessage: string): Promise<Row> {
  if (before.version !== version) throw staleVersion(def.label, before);
  if (before.confirmedAt !== null) throw invalidInput('version', alreadyMessage);
  await markConfirmed(tx, def, ctx.scope, before.id, ctx.now);
  const after = await getRow(tx, def, { ...ctx.scope, ownDoctorId: null }, before.id);
  await writeAudit(tx, ctx.scope, { at: ctx.now, entity: def.name, entityId: before.id, action: 'update', before, after });
  return after;
}

/** The supervisor confirms a session their candidate logged. */
export async function confirmSession(ctx: UseCaseContext, id: number, version: number): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const before = await getRow(tx, E['supervision-sessions'], ctx.scope, id, true);
    const { supervisorId } = await agreementParties(tx, ctx.scope, before.agreementId as number);
    requireSupervisor(ctx.scope, supervisorId, 'bekrefte veiledningen');
    return confirmRow(tx, ctx, E['supervision-sessions'], before, version, 'Økten er allerede bekreftet');
  });
}

/** The leader signs the confirmation of a LIS1's completed service, once the service has ended. */
export async function confirmLis1(ctx: UseCaseContext, id: number, version: number): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const before = await getRow(tx, E['lis1-placements'], ctx.scope, id, true);
    if ((before.endDate as string) > osloDate(ctx.now)) throw invalidInput('endDate', `Tjenesten er ikke avsluttet ennå (slutter ${before.endDate as string})`);
    return confirmRow(tx, ctx, E['lis1-placements'], before, version, 'Gjennomført tjeneste er allerede bekreftet');
  });
}
