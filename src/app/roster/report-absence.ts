/** An absence after publication: the doctor's shifts on those days become open shifts; the rest stays as published. */
import { AppError } from '../../contracts/errors.ts';
import type { TAbsenceRequest, TRosterDetail } from '../../contracts/roster/index.ts';
import { datesBetween, insertAbsence } from '../../db/repositories/roster-plan.ts';
import { saveShifts, touchRoster } from '../../db/repositories/rosters.ts';
import type { LegevaktPlan } from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { auditRoster, fieldError, openForChange } from './open-roster.ts';
import { rosterDetail } from './read-roster.ts';

/** Registers the absence (in the registry too) and opens the doctor's shifts in it. */
export async function reportAbsence(ctx: RosterContext, id: number, body: TAbsenceRequest): Promise<TRosterDetail> {
  const { kommuneId } = ctx.scope;
  await ctx.db.transaction(async (tx) => {
    const r = await openForChange(tx, kommuneId, id, body.version);
    if (r.row.status !== 'published') throw new AppError('validation_failed', 'Fravær etter publisering gjelder en publisert vaktplan; i et utkast registreres fraværet under Legevakt og planen beregnes på nytt');
    const e = r.row.plan.doctors.findIndex((d) => Number(d.id) === body.doctorId);
    if (e < 0) throw fieldError('doctorId', 'Legen er ikke med i vaktplanen');
    const inPeriod = datesBetween(body.from, body.to).filter((d) => r.built.dates.includes(d));
    if (inPeriod.length === 0) throw fieldError('from', 'Fraværet er utenfor vaktplanens periode');
    const doctor = r.row.plan.doctors[e]!;
    const plan: LegevaktPlan = { ...r.row.plan, doctors: r.row.plan.doctors.map((d, i) => (i === e ? { ...d, unavailable: [...new Set([...d.unavailable, ...inPeriod])].sort() } : d)) };
    const freed = new Set(inPeriod);
    const shifts = r.shifts.map((s) => (s.doctorId === doctor.id && freed.has(s.date) ? { ...s, doctorId: null } : s));
    await saveShifts(tx, kommuneId, id, shifts);
    await insertAbsence(tx, kommuneId, { doctorId: body.doctorId, from: body.from, to: body.to, note: body.note });
    await touchRoster(tx, kommuneId, id, { plan });
    await auditRoster(tx, ctx, id, 'update', null, { absence: { doctorId: body.doctorId, from: body.from, to: body.to }, opened: shifts.filter((s, i) => s.doctorId === null && r.shifts[i]!.doctorId !== null).length });
  });
  return rosterDetail(ctx, id);
}
