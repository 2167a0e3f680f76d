/**
 * Shift swaps: offered by the doctor who holds the shift (to a colleague or to all), accepted by a colleague,
 * approved by the coordinator — the steps and who may take them are the domain's (`swapStep`); here they are
 * checked against the roster as it is now, at the version the caller saw, and audited. A swap that would break a
 * hard rule is refused with the rule's reason, and nothing changes.
 */
import { AppError } from '../../contracts/errors.ts';
import type { TSwap, TSwapDecision, TSwapOffer } from '../../contracts/roster/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { findSwap, insertSwap, listSwaps as listSwapRows, setSwap } from '../../db/repositories/roster-sharing.ts';
import { swapStep, type SwapAction, type SwapActor } from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { fieldError, moveShift, openRoster, publishedShift, refusal, takeCheck } from './open-roster.ts';
import { ownDoctorOf, todayOf } from './open-shifts.ts';
import type { RosterViewer } from './visibility.ts';

/** One swap of the municipality (locked inside a transaction when `lock`), or a 404. */
async function getSwap(db: Queryable, kommuneId: number, id: number, lock = false): Promise<TSwap> {
  const swap = await findSwap(db, kommuneId, id, lock);
  if (!swap) throw new AppError('not_found', 'Byttet finnes ikke');
  return swap;
}

const actorOf = (viewer: RosterViewer): SwapActor =>
  viewer.kind === 'doctor' ? (viewer.doctorId === null ? { kind: 'reader' } : { kind: 'doctor', doctorId: viewer.doctorId }) : viewer.coordinator ? { kind: 'coordinator' } : { kind: 'reader' };

/** The swaps the viewer takes part in: the coordinator all; a doctor theirs and those offered to all. */
export async function listSwaps(ctx: RosterContext): Promise<{ items: TSwap[] }> {
  const all = await listSwapRows(ctx.db, ctx.scope.kommuneId);
  const actor = actorOf(ctx.viewer);
  if (actor.kind === 'coordinator') return { items: all };
  const me = actor.kind === 'doctor' ? actor.doctorId : null;
  return { items: all.filter((s) => me !== null && (s.fromDoctorId === me || s.toDoctorId === me || s.takerDoctorId === me || (s.toDoctorId === null && s.status === 'offered'))) };
}

/** The asking doctor offers one of their coming shifts (once at a time). */
export async function offerSwap(ctx: RosterContext, body: TSwapOffer): Promise<TSwap> {
  const { db, scope } = ctx;
  const doctorId = ownDoctorOf(ctx.viewer);
  const id = await db.transaction(async (tx) => {
    const shift = await publishedShift(tx, scope.kommuneId, body.shiftId);
    if (shift.doctorId !== doctorId) throw fieldError('shiftId', 'Du kan bare tilby dine egne vakter');
    if (shift.date < todayOf(ctx)) throw fieldError('shiftId', 'Vakten er passert');
    if (body.toDoctorId === doctorId) throw fieldError('toDoctorId', 'Du kan ikke tilby vakten til deg selv');
    const pending = (await listSwapRows(tx, scope.kommuneId)).some((s) => s.shift.id === shift.id && (s.status === 'offered' || s.status === 'accepted'));
    if (pending) throw fieldError('shiftId', 'Vakten er allerede tilbudt');
    const r = await openRoster(tx, scope.kommuneId, shift.rosterId);
    if (body.toDoctorId !== null && !r.row.plan.doctors.some((d) => Number(d.id) === body.toDoctorId)) throw fieldError('toDoctorId', 'Kollegaen er ikke med i denne vaktplanen');
    const swapId = await insertSwap(tx, scope.kommuneId, { rosterId: shift.rosterId, shiftId: shift.id, fromDoctorId: doctorId, toDoctorId: body.toDoctorId, note: body.note, now: ctx.now });
    await writeAudit(tx, scope, { at: ctx.now, entity: 'roster-swaps', entityId: swapId, action: 'create', before: null, after: body });
    return swapId;
  });
  return getSwap(db, scope.kommuneId, id);
}

/** What a step does besides changing the swap's state: accepting checks the taker now, approving moves the shift. */
async function act(tx: Queryable, ctx: RosterContext, swap: TSwap, action: SwapAction): Promise<Partial<Pick<TSwap, 'takerDoctorId'>>> {
  const { kommuneId } = ctx.scope;
  switch (action) {
    case 'accept': {
      const taker = ownDoctorOf(ctx.viewer);
      // Checked now, so the colleague learns at once why they cannot take it; checked again at approval.
      const shift = await publishedShift(tx, kommuneId, swap.shift.id);
      const take = takeCheck(await openRoster(tx, kommuneId, shift.rosterId), shift, taker, { viewer: ctx.viewer });
      if (!take.grid) throw refusal('Byttet avvises', take.reasons, 'version');
      return { takerDoctorId: taker };
    }
    case 'approve': {
      const shift = await publishedShift(tx, kommuneId, swap.shift.id);
      if (shift.doctorId !== swap.fromDoctorId) throw fieldError('version', 'Vakten er endret siden byttet ble tilbudt');
      await moveShift(tx, ctx.scope, ctx.viewer, shift, swap.takerDoctorId!, 'Byttet avvises');
      return {};
    }
    case 'refuse':
    case 'withdraw':
      return {};
  }
}

/** A step on a swap at the version the caller saw, audited; refused (and then nothing changes) when the domain or the rules say no. */
export async function decideSwap(ctx: RosterContext, id: number, action: SwapAction, body: TSwapDecision): Promise<TSwap> {
  const { db, scope } = ctx;
  await db.transaction(async (tx) => {
    const swap = await getSwap(tx, scope.kommuneId, id, true);
    if (swap.version !== body.version) throw new AppError('version_conflict', 'Noen andre har endret byttet siden du åpnet det', { current: swap });
    const step = swapStep(swap, action, actorOf(ctx.viewer));
    if (!step.ok) throw step.refusal === 'forbidden' ? new AppError('forbidden', step.message) : fieldError('version', step.message);
    const set = { status: step.status, ...(await act(tx, ctx, swap, action)), ...(action === 'refuse' ? { reason: body.reason ?? '' } : {}) };
    await setSwap(tx, id, set);
    await writeAudit(tx, scope, { at: ctx.now, entity: 'roster-swaps', entityId: id, action: 'update', before: { status: swap.status }, after: set });
  });
  return getSwap(db, scope.kommuneId, id);
}
