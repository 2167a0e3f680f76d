/** Living with a published roster as a doctor: my shifts, the open shifts (and whether I may take each), taking one. */
import { AppError } from '../../contracts/errors.ts';
import type { TMyShift, TOpenShift } from '../../contracts/roster/index.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { publishedShifts } from '../../db/repositories/roster-sharing.ts';
import { evaluate, type Evaluation } from '../../domain/roster/index.ts';
import { osloDate } from '../../domain/rules/index.ts';
import type { RosterContext } from './context.ts';
import { fieldError, moveShift, openRoster, publishedShift, takeCheck, type OpenRoster } from './open-roster.ts';
import type { RosterViewer } from './visibility.ts';

/** The asking doctor's own doctor id, or a 403 naming why. */
export function ownDoctorOf(viewer: RosterViewer): number {
  if (viewer.kind !== 'doctor' || viewer.doctorId === null) throw new AppError('forbidden', 'Bare en lege kan gjøre dette for seg selv');
  return viewer.doctorId;
}

/** Today in Oslo, at the context's instant. */
export const todayOf = (ctx: Pick<RosterContext, 'now'>): string => osloDate(new Date(ctx.now));

/** The asking doctor's shifts in published rosters. */
export async function myShifts(ctx: RosterContext): Promise<{ items: TMyShift[] }> {
  return { items: await publishedShifts(ctx.db, ctx.scope.kommuneId, { doctorId: ownDoctorOf(ctx.viewer) }) };
}

/** Open shifts from today; for a doctor, whether they may take each and why not (the office sees them without). */
export async function openShifts(ctx: RosterContext): Promise<{ items: TOpenShift[] }> {
  const { db, scope, viewer } = ctx;
  const open = await publishedShifts(db, scope.kommuneId, { open: true, from: todayOf(ctx) });
  if (viewer.kind !== 'doctor' || viewer.doctorId === null) return { items: open.map((shift) => ({ shift, eligible: false, reasons: [] })) };
  const rosters = new Map<number, OpenRoster & { before: Evaluation }>();
  const items: TOpenShift[] = [];
  for (const shift of open) {
    if (!rosters.has(shift.rosterId)) {
      const opened = await openRoster(db, scope.kommuneId, shift.rosterId);
      rosters.set(shift.rosterId, { ...opened, before: evaluate(opened.built.problem, opened.grid) });
    }
    const r = rosters.get(shift.rosterId)!;
    const { reasons } = takeCheck(r, { ...shift, doctorId: null }, viewer.doctorId, { viewer, before: r.before });
    items.push({ shift, eligible: reasons.length === 0, reasons });
  }
  return { items };
}

/** The asking doctor takes an open shift, if no hard rule breaks. */
export async function takeOpenShift(ctx: RosterContext, shiftId: number): Promise<TMyShift> {
  const { db, scope } = ctx;
  const doctorId = ownDoctorOf(ctx.viewer);
  const shift = await db.transaction(async (tx) => {
    const open = await publishedShift(tx, scope.kommuneId, shiftId);
    if (open.doctorId !== null) throw fieldError('shiftId', 'Vakten er allerede tatt');
    if (open.date < todayOf(ctx)) throw fieldError('shiftId', 'Vakten er passert');
    await moveShift(tx, scope, ctx.viewer, open, doctorId, 'Du kan ikke ta vakten');
    await writeAudit(tx, scope, { at: ctx.now, entity: 'rosters', entityId: open.rosterId, action: 'update', before: { shiftId, doctorId: null }, after: { shiftId, doctorId, taken: true } });
    return open;
  });
  // The doctor now holds that roster's shift of that kind on that day (the row kept or another open one of the slot).
  const mine = (await publishedShifts(db, scope.kommuneId, { doctorId })).find((s) => s.rosterId === shift.rosterId && s.date === shift.date && s.templateId === shift.templateId);
  return mine!;
}
