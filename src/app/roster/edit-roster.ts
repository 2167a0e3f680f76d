/** Editing a roster by hand: check changes live against the rules, save them if no hard rule breaks, and who could take a shift instead. */
import { AppError } from '../../contracts/errors.ts';
import type { TCandidate, TCheckResponse, TEditRequest, TRosterDetail } from '../../contracts/roster/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { candidatesFor, checkChanges } from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { auditRoster, fieldError, gridChanges, openForChange, openRoster, refusingInput, saveGrid } from './open-roster.ts';
import { rosterDetail } from './read-roster.ts';
import { checkView } from './views.ts';

async function check(tx: Queryable, ctx: RosterContext, id: number, body: TEditRequest) {
  const r = await openForChange(tx, ctx.scope.kommuneId, id, body.version);
  return { r, result: refusingInput(() => checkChanges(r.built.problem, r.grid, gridChanges(r, body.changes))) };
}

/** What the changes would break and mend; nothing is saved. */
export async function checkRosterChanges(ctx: RosterContext, id: number, body: TEditRequest): Promise<TCheckResponse> {
  const { r, result } = await check(ctx.db, ctx, id, body);
  return checkView(r, result);
}

/** Saves the changes, or refuses them with the hard rules they would break (and then nothing changes). */
export async function editRoster(ctx: RosterContext, id: number, body: TEditRequest): Promise<TRosterDetail> {
  await ctx.db.transaction(async (tx) => {
    const { r, result } = await check(tx, ctx, id, body);
    if (!result.allowed) {
      const reasons = result.introduced.map((v) => v.message).join(' ');
      throw new AppError('validation_failed', `Endringen bryter en regel: ${reasons}`, { fields: [{ path: 'changes', message: reasons }] });
    }
    await saveGrid(tx, ctx.scope.kommuneId, r, result.grid);
    await auditRoster(tx, ctx, id, 'update', { version: r.row.version }, { changes: body.changes });
  });
  return rosterDetail(ctx, id);
}

/** Who could take a shift instead: every participant off that day, allowed ones first, with why not. */
export async function shiftCandidates(ctx: RosterContext, id: number, q: { date: string; templateId: number; fromDoctorId: number | null }): Promise<{ items: TCandidate[] }> {
  const r = await openRoster(ctx.db, ctx.scope.kommuneId, id);
  const [change] = gridChanges(r, [{ date: q.date, templateId: q.templateId, fromDoctorId: q.fromDoctorId, toDoctorId: null }]);
  const { plan } = r.row;
  if (change!.from !== null && r.grid[change!.from * r.built.problem.days + change!.day] !== change!.shift) throw fieldError('fromDoctorId', 'Legen har ikke denne vakten');
  const list = candidatesFor(r.built.problem, r.grid, change!.day, change!.shift, change!.from);
  return { items: list.map((c) => ({ doctorId: Number(plan.doctors[c.employee]!.id), name: plan.doctors[c.employee]!.name, allowed: c.allowed, reasons: c.reasons, softDelta: c.softDelta })) };
}
