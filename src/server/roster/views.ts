/**
 * A stored roster opened for work: its plan snapshot built into the solver's problem, its shift rows as a grid,
 * and the views the API answers with (rule scores and violations in the plan's ids and dates, the load per doctor).
 */
import type { TCheckResponse, TDoctorLoad, TEvaluation, TJob, TRosterDetail, TRosterSummary, TViolation } from '../../contracts/roster/index.ts';
import { AppError } from '../../contracts/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { getRoster, rosterShiftRows, type RosterRow } from '../../db/repositories/rosters.ts';
import {
  addDays,
  buildLegevaktProblem,
  CATALOGUE,
  checkChanges,
  competenceOn,
  evaluate,
  OFF,
  gridFromSheet,
  loadTable,
  RosterInputError,
  type BuiltPlan,
  type ChangeCheck,
  type Evaluation,
  type GridChange,
  type RosterSheet,
  type SheetShift,
  type Violation,
} from '../../domain/roster/index.ts';
import type { TShiftChange } from '../../contracts/roster/index.ts';

export interface OpenRoster {
  row: RosterRow;
  built: BuiltPlan;
  shifts: SheetShift[];
  grid: Int8Array;
}

/** The Norwegian error of a roster the domain refuses (400 with the field it names). */
export function rosterInputError(err: RosterInputError): AppError {
  return new AppError('validation_failed', err.message, { fields: [{ path: err.path, message: err.message }] });
}

/** Builds a plan's problem, turning the domain's refusal into a field error. */
export function buildPlan(plan: RosterRow['plan']): BuiltPlan {
  try {
    return buildLegevaktProblem(plan);
  } catch (err) {
    if (err instanceof RosterInputError) throw rosterInputError(err);
    throw err;
  }
}

export async function openRoster(db: Queryable, kommuneId: number, id: number, lock = false): Promise<OpenRoster> {
  const row = await getRoster(db, kommuneId, id, lock);
  const built = buildPlan(row.plan);
  const shifts = await rosterShiftRows(db, kommuneId, id);
  return { row, built, shifts, grid: gridFromSheet(row.plan, built.problem, { shifts }) };
}

/** The roster as the exports and the calendar feed read it. */
export function sheetOf(r: OpenRoster): RosterSheet {
  const { plan } = r.row;
  return { name: r.row.name, start: plan.start, days: plan.days, templates: plan.templates, doctors: plan.doctors.map((d) => ({ id: d.id, name: d.name })), shifts: r.shifts };
}

export function summaryView(row: RosterRow, job: TJob | null, openShifts: number): TRosterSummary {
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    days: row.days,
    end: addDays(row.start, row.days - 1),
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    job,
    openShifts,
  };
}

function violationView(r: OpenRoster, v: Violation): TViolation {
  const { plan } = r.row;
  return {
    rule: v.rule,
    level: v.level,
    title: CATALOGUE[v.rule].title,
    penalty: v.penalty,
    doctorIds: v.employees.map((e) => Number(plan.doctors[e]!.id)),
    dates: v.days.map((d) => r.built.dates[d]!),
    templateIds: v.shifts.filter((s) => s >= 0).map((s) => Number(plan.templates[s]!.id)),
    message: v.message,
  };
}

export function evaluationView(r: OpenRoster, e: Evaluation): TEvaluation {
  return { hard: e.hard, soft: e.soft, feasible: e.feasible, rules: e.rules, violations: e.violations.map((v) => violationView(r, v)) };
}

/** The plan's goal: at least 10 legevakt shifts a year per doctor, pro rata for the period. */
const GOAL_SHIFTS_PER_YEAR = 10;

export function detailView(r: OpenRoster, job: TJob | null): TRosterDetail {
  const { plan } = r.row;
  const { problem: p } = r.built;
  const load = loadTable(p, r.grid);
  const loadView: TDoctorLoad[] = load.map((l, e) => ({
    doctorId: Number(plan.doctors[e]!.id),
    name: plan.doctors[e]!.name,
    share: l.share,
    shifts: l.shifts,
    nights: l.nights,
    weekends: l.weekends,
    holidays: l.holidays,
    backups: l.backups,
    hours: Math.round(l.hours * 10) / 10,
    fairLoad: Math.round(l.fairLoad * 10) / 10,
    goalShifts: Math.round(((GOAL_SHIFTS_PER_YEAR * p.days) / 365) * 10) / 10,
  }));
  const open = r.shifts.filter((s) => s.doctorId === null).length;
  return {
    roster: summaryView(r.row, job, open),
    templates: plan.templates.map((t) => ({ id: Number(t.id), name: t.name, district: t.district ?? 'Legevakt', kind: t.kind, start: t.start, end: t.end })),
    doctors: plan.doctors.map((d) => {
      const c = competenceOn(d.competence, plan.start);
      return { id: Number(d.id), name: d.name, role: d.role, share: d.share, competent: c.competent, missing: c.missing };
    }),
    shifts: r.shifts.map((s) => ({ id: s.id, date: s.date, templateId: Number(s.templateId), doctorId: s.doctorId === null ? null : Number(s.doctorId) })),
    evaluation: evaluationView(r, evaluate(p, r.grid)),
    load: loadView,
    holidays: Object.fromEntries([...r.built.holidays.values()].map((h) => [h.date, h.name])),
  };
}

/** The API's changes (doctor and template ids, dates) as changes of the grid; unknown ones refused by field. */
export function gridChanges(r: OpenRoster, changes: readonly TShiftChange[]): GridChange[] {
  const { plan } = r.row;
  const doctorIndex = new Map(plan.doctors.map((d, e) => [Number(d.id), e]));
  const templateIndex = new Map(plan.templates.map((t, s) => [Number(t.id), s]));
  const dayIndex = new Map(r.built.dates.map((d, i) => [d, i]));
  const field = (path: string, message: string) => new AppError('validation_failed', message, { fields: [{ path, message }] });
  return changes.map((c, i) => {
    const day = dayIndex.get(c.date);
    if (day === undefined) throw field(`changes.${i}.date`, 'Datoen er utenfor vaktplanens periode');
    const shift = templateIndex.get(c.templateId);
    if (shift === undefined) throw field(`changes.${i}.templateId`, 'Vakttypen er ikke med i vaktplanen');
    const doctor = (id: number | null, path: string) => {
      if (id === null) return null;
      const e = doctorIndex.get(id);
      if (e === undefined) throw field(`changes.${i}.${path}`, 'Legen er ikke med i vaktplanen');
      return e;
    };
    return { day, shift, from: doctor(c.fromDoctorId, 'fromDoctorId'), to: doctor(c.toDoctorId, 'toDoctorId') };
  });
}

export function checkView(r: OpenRoster, c: ChangeCheck): TCheckResponse {
  return {
    allowed: c.allowed,
    introduced: c.introduced.map((v) => violationView(r, v)),
    resolved: c.resolved.map((v) => violationView(r, v)),
    hardBefore: c.hardCount.before,
    hardAfter: c.hardCount.after,
    softBefore: c.before.soft,
    softAfter: c.after.soft,
  };
}

/**
 * May `toDoctorId` take `shift` (from its holder, or an open one from nobody)? The reasons why not — not in the
 * plan, another shift that day, or the hard rules it would break — addressed to the taker ("Du …") or, for the
 * coordinator, naming them. Swaps, taking an open shift and the list of open shifts all ask this one question.
 */
export function takeCheck(
  r: OpenRoster,
  shift: { date: string; templateId: number; doctorId: number | null },
  toDoctorId: number,
  o: { addressed: boolean; before?: Evaluation },
): { reasons: string[]; grid: Int8Array | null } {
  const { plan } = r.row;
  const p = r.built.problem;
  const to = plan.doctors.findIndex((d) => Number(d.id) === toDoctorId);
  if (to < 0) return { reasons: [o.addressed ? 'Du er ikke med i denne vaktplanen' : 'Legen er ikke med i denne vaktplanen'], grid: null };
  const day = r.built.dates.indexOf(shift.date);
  const held = r.grid[to * p.days + day]!;
  if (held !== OFF) return { reasons: [`${o.addressed ? 'Du' : plan.doctors[to]!.name} har allerede ${plan.templates[held]!.name} denne dagen`], grid: null };
  const from = shift.doctorId === null ? null : plan.doctors.findIndex((d) => Number(d.id) === shift.doctorId);
  const result = checkChanges(p, r.grid, [{ day, shift: plan.templates.findIndex((t) => Number(t.id) === shift.templateId), from, to }], o.before);
  return { reasons: result.introduced.map((v) => v.message), grid: result.allowed ? result.grid : null };
}
