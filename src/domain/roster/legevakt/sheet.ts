/**
 * A stored roster as the app shows, exports and publishes it: the plan's templates and doctors, and one row per
 * assigned shift (a doctor, or nobody for an open shift). The solver's grid is the working form; this is the
 * record form (one row per shift, as the database stores it).
 */
import { RosterInputError } from '../errors.ts';
import { OFF, type Problem } from '../model.ts';
import { addDays, shiftInstants } from './dates.ts';
import type { LegevaktPlan, ShiftTemplate } from './plan.ts';

export interface SheetShift {
  /** The stored row's id (0 before it is stored). */
  id: number;
  date: string;
  templateId: string;
  /** null: an open shift (its doctor fell away after publication and nobody has taken it yet). */
  doctorId: string | null;
}

export interface RosterSheet {
  name: string;
  start: string;
  days: number;
  templates: ShiftTemplate[];
  doctors: { id: string; name: string }[];
  shifts: SheetShift[];
}

/** A sheet's shift with its template, its doctor (null: open) and its real instants. */
export interface TimedShift {
  shift: SheetShift;
  template: ShiftTemplate;
  doctor: { id: string; name: string } | null;
  /** Minutes since the Unix epoch (UTC). */
  start: number;
  end: number;
  /** end − start: a night over a DST change is an hour shorter or longer than its local times say. */
  minutes: number;
}

/** The sheet's shifts with templates, doctors and instants, in the sheet's order; refuses a row naming an unknown template or doctor. */
export function timedShifts(sheet: RosterSheet): TimedShift[] {
  const templates = new Map(sheet.templates.map((t) => [t.id, t]));
  const doctors = new Map(sheet.doctors.map((d) => [d.id, d]));
  return sheet.shifts.map((shift) => {
    const template = templates.get(shift.templateId);
    if (!template) throw new RosterInputError(`Vakten ${shift.date} viser til en ukjent vakttype (${shift.templateId}).`, 'shifts');
    const doctor = shift.doctorId === null ? null : doctors.get(shift.doctorId);
    if (doctor === undefined) throw new RosterInputError(`Vakten ${shift.date} viser til en ukjent lege (${shift.doctorId}).`, 'shifts');
    const { start, end } = shiftInstants(shift.date, template);
    return { shift, template, doctor, start, end, minutes: end - start };
  });
}

/** What a roster shows for a shift nobody holds. */
export const OPEN_SHIFT_LABEL = 'LEDIG';

/** The dates of the sheet's period, in order. */
export function sheetDates(sheet: Pick<RosterSheet, 'start' | 'days'>): string[] {
  return Array.from({ length: sheet.days }, (_, d) => addDays(sheet.start, d));
}

/** Who holds a template on a date: the doctors' names in the sheet's order of shifts, OPEN_SHIFT_LABEL for an open one. */
export function holdersOf(shifts: TimedShift[]): (date: string, templateId: string) => string[] {
  const names = new Map<string, string[]>();
  for (const t of shifts) {
    const key = `${t.shift.date}|${t.template.id}`;
    names.set(key, [...(names.get(key) ?? []), t.doctor?.name ?? OPEN_SHIFT_LABEL]);
  }
  return (date, templateId) => names.get(`${date}|${templateId}`) ?? [];
}

/**
 * The sheet of a grid: every non-off cell one shift, and an open shift for each doctor a (day, shift) still needs;
 * in date then template order.
 */
export function sheetFromGrid(plan: LegevaktPlan, p: Problem, grid: Int8Array): RosterSheet {
  const shifts: SheetShift[] = [];
  const S = p.shiftTypes.length;
  for (let d = 0; d < p.days; d++) {
    const date = addDays(plan.start, d);
    for (let s = 0; s < S; s++) {
      const templateId = plan.templates[s]!.id;
      let held = 0;
      for (let e = 0; e < p.employees.length; e++) {
        if (grid[e * p.days + d] !== s) continue;
        shifts.push({ id: 0, date, templateId, doctorId: plan.doctors[e]!.id });
        held++;
      }
      for (let k = held; k < p.cover[d * S + s]!; k++) shifts.push({ id: 0, date, templateId, doctorId: null });
    }
  }
  return { name: plan.name, start: plan.start, days: plan.days, templates: plan.templates, doctors: plan.doctors.map((d) => ({ id: d.id, name: d.name })), shifts };
}

/** The grid of a sheet over a problem built from the same plan; open shifts are not in the grid. */
export function gridFromSheet(plan: LegevaktPlan, p: Problem, sheet: Pick<RosterSheet, 'shifts'>): Int8Array {
  const grid = new Int8Array(p.employees.length * p.days).fill(OFF);
  const doctor = new Map(plan.doctors.map((d, e) => [d.id, e]));
  const template = new Map(plan.templates.map((t, s) => [t.id, s]));
  const startMs = Date.parse(`${plan.start}T00:00:00Z`);
  for (const sh of sheet.shifts) {
    if (sh.doctorId === null) continue;
    const e = doctor.get(sh.doctorId);
    const s = template.get(sh.templateId);
    const d = Math.round((Date.parse(`${sh.date}T00:00:00Z`) - startMs) / 86_400_000);
    if (e === undefined || s === undefined || d < 0 || d >= p.days) continue;
    grid[e * p.days + d] = s;
  }
  return grid;
}
