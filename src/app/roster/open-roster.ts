/**
 * A stored roster opened for work: its plan snapshot built into the solver's problem and its shift rows as a grid;
 * opened to read (drafts only for the coordinator) or for a change (locked, at the version the user saw, no job
 * running on it); and the one question swaps, taken shifts and the list of open shifts all ask: may this doctor
 * take this shift?
 */
import { AppError } from '../../contracts/errors.ts';
import type { TMyShift, TShiftChange } from '../../contracts/roster/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { requireNoActiveJob } from '../../db/repositories/roster-jobs.ts';
import { findRoster, rosterShiftRows, saveShifts, touchRoster, type RosterRow } from '../../db/repositories/rosters.ts';
import { findPublishedShift, type ShiftRow } from '../../db/repositories/roster-sharing.ts';
import type { Scope } from '../../db/scope.ts';
import {
  buildLegevaktProblem,
  CATALOGUE,
  checkChanges,
  gridFromSheet,
  OFF,
  RosterInputError,
  sheetFromGrid,
  type BuiltPlan,
  type Evaluation,
  type GridChange,
  type RosterSheet,
  type SheetShift,
} from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { seesDrafts, visibleReason, type RosterViewer } from './visibility.ts';

export interface OpenRoster {
  row: RosterRow;
  built: BuiltPlan;
  shifts: SheetShift[];
  grid: Int8Array;
}

/** A 400 naming the field. */
export const fieldError = (path: string, message: string): AppError => new AppError('validation_failed', message, { fields: [{ path, message }] });

/** The Norwegian error of a roster the domain refuses (400 with the field it names). */
function rosterInputError(err: RosterInputError): AppError {
  return fieldError(err.path, err.message);
}

/** Runs `f`, turning the domain's refusal of its input into a field error. */
export function refusingInput<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof RosterInputError) throw rosterInputError(err);
    throw err;
  }
}

const rosterNotFound = () => new AppError('not_found', 'Vaktplanen finnes ikke');

/** One roster of the municipality (locked for update inside a transaction when `lock`), or a 404. */
export async function getRoster(db: Queryable, kommuneId: number, id: number, lock = false): Promise<RosterRow> {
  const row = await findRoster(db, kommuneId, id, lock);
  if (!row) throw rosterNotFound();
  return row;
}

/** Refuses a change made against another version than the stored one (409 with the stored roster's summary). */
export function requireVersion(row: RosterRow, version: number): void {
  if (row.version !== version) {
    throw new AppError('version_conflict', 'Noen andre har endret vaktplanen siden du åpnet den', { current: { id: row.id, name: row.name, status: row.status, version: row.version } });
  }
}

/** One shift of a published roster of the municipality, or a 404. */
export async function publishedShift(db: Queryable, kommuneId: number, id: number): Promise<ShiftRow & TMyShift> {
  const shift = await findPublishedShift(db, kommuneId, id);
  if (!shift) throw new AppError('not_found', 'Vakten finnes ikke i en publisert vaktplan');
  return shift;
}

/** Builds a plan's problem, turning the domain's refusal into a field error. */
export const buildPlan = (plan: RosterRow['plan']): BuiltPlan => refusingInput(() => buildLegevaktProblem(plan));

export async function openRoster(db: Queryable, kommuneId: number, id: number, lock = false): Promise<OpenRoster> {
  const row = await getRoster(db, kommuneId, id, lock);
  const built = buildPlan(row.plan);
  const shifts = await rosterShiftRows(db, kommuneId, id);
  return { row, built, shifts, grid: gridFromSheet(row.plan, built.problem, { shifts }) };
}

/** A roster the viewer may read: a draft is not found for anyone but the coordinator. */
export async function openReadable(db: Queryable, kommuneId: number, viewer: RosterViewer, id: number): Promise<OpenRoster> {
  const r = await openRoster(db, kommuneId, id);
  if (r.row.status === 'draft' && !seesDrafts(viewer)) throw rosterNotFound();
  return r;
}

/** Opens a roster for a change: locked, at the version the user saw, no job running on it. */
export async function openForChange(tx: Queryable, kommuneId: number, id: number, version: number): Promise<OpenRoster> {
  const r = await openRoster(tx, kommuneId, id, true);
  requireVersion(r.row, version);
  await requireNoActiveJob(tx, kommuneId, id);
  return r;
}

/** Stores a new grid of an opened roster and bumps its version (inside the change's transaction). */
export async function saveGrid(tx: Queryable, kommuneId: number, r: OpenRoster, grid: Int8Array): Promise<void> {
  await saveShifts(tx, kommuneId, r.row.id, sheetFromGrid(r.row.plan, r.built.problem, grid).shifts);
  await touchRoster(tx, kommuneId, r.row.id);
}

/** The audit row of a change to a roster, in the change's transaction. */
export function auditRoster(tx: Queryable, ctx: Pick<RosterContext, 'scope' | 'now'>, rosterId: number, action: 'create' | 'update' | 'delete', before: unknown, after: unknown): Promise<void> {
  return writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'rosters', entityId: rosterId, action, before, after });
}

/** The roster as the exports and the calendar feed read it: names and shifts. */
export function sheetOf(r: OpenRoster): RosterSheet {
  const { plan } = r.row;
  return { name: r.row.name, start: plan.start, days: plan.days, templates: plan.templates, doctors: plan.doctors.map((d) => ({ id: d.id, name: d.name })), shifts: r.shifts };
}

/** The API's changes (doctor and template ids, dates) as changes of the grid; unknown ones refused by field. */
export function gridChanges(r: OpenRoster, changes: readonly TShiftChange[]): GridChange[] {
  const { plan } = r.row;
  const doctorIndex = new Map(plan.doctors.map((d, e) => [Number(d.id), e]));
  const templateIndex = new Map(plan.templates.map((t, s) => [Number(t.id), s]));
  const dayIndex = new Map(r.built.dates.map((d, i) => [d, i]));
  return changes.map((c, i) => {
    const day = dayIndex.get(c.date);
    if (day === undefined) throw fieldError(`changes.${i}.date`, 'Datoen er utenfor vaktplanens periode');
    const shift = templateIndex.get(c.templateId);
    if (shift === undefined) throw fieldError(`changes.${i}.templateId`, 'Vakttypen er ikke med i vaktplanen');
    const doctor = (id: number | null, path: string) => {
      if (id === null) return null;
      const e = doctorIndex.get(id);
      if (e === undefined) throw fieldError(`changes.${i}.${path}`, 'Legen er ikke med i vaktplanen');
      return e;
    };
    return { day, shift, from: doctor(c.fromDoctorId, 'fromDoctorId'), to: doctor(c.toDoctorId, 'toDoctorId') };
  });
}

/**
 * May `toDoctorId` take `shift` (from its holder, or an open one from nobody)? The reasons why not — not in the
 * plan, another shift that day, or the hard rules it would break — told to `viewer`: addressed to the taker
 * ("Du …") when the taker asks, naming them for the coordinator; a rule it would break for a colleague only by name.
 */
export function takeCheck(
  r: OpenRoster,
  shift: Pick<ShiftRow, 'date' | 'templateId' | 'doctorId'>,
  toDoctorId: number,
  o: { viewer: RosterViewer; before?: Evaluation },
): { reasons: string[]; grid: Int8Array | null } {
  const { plan } = r.row;
  const p = r.built.problem;
  const addressed = o.viewer.kind === 'doctor' && o.viewer.doctorId === toDoctorId;
  const to = plan.doctors.findIndex((d) => Number(d.id) === toDoctorId);
  if (to < 0) return { reasons: [addressed ? 'Du er ikke med i denne vaktplanen' : 'Legen er ikke med i denne vaktplanen'], grid: null };
  const day = r.built.dates.indexOf(shift.date);
  const held = r.grid[to * p.days + day]!;
  if (held !== OFF) return { reasons: [`${addressed ? 'Du' : plan.doctors[to]!.name} har allerede ${plan.templates[held]!.name} denne dagen`], grid: null };
  const from = shift.doctorId === null ? null : plan.doctors.findIndex((d) => Number(d.id) === shift.doctorId);
  const result = checkChanges(p, r.grid, [{ day, shift: plan.templates.findIndex((t) => Number(t.id) === shift.templateId), from, to }], o.before);
  const reasons = result.introduced.map((v) => visibleReason(o.viewer, { doctorIds: v.employees.map((e) => Number(plan.doctors[e]!.id)), message: v.message, title: CATALOGUE[v.rule].title }));
  return { reasons, grid: result.allowed ? result.grid : null };
}

/** Moves a shift from its doctor (or nobody) to another if no hard rule breaks; else refuses with the reasons, told to the viewer. */
export async function moveShift(tx: Queryable, scope: Scope, viewer: RosterViewer, shift: ShiftRow, toDoctorId: number, what: string): Promise<void> {
  const r = await openRoster(tx, scope.kommuneId, shift.rosterId, true);
  await requireNoActiveJob(tx, scope.kommuneId, shift.rosterId);
  const stored = r.shifts.find((s) => s.id === shift.id);
  if (!stored || stored.doctorId !== (shift.doctorId === null ? null : String(shift.doctorId))) throw fieldError('shiftId', 'Vakten er endret i mellomtiden – last siden på nytt');
  const take = takeCheck(r, shift, toDoctorId, { viewer });
  if (!take.grid) throw refusal(what, take.reasons);
  await saveGrid(tx, scope.kommuneId, r, take.grid);
}

/** A refusal naming what was tried and why (a reason addressed to the caller starts in lower case after the colon). */
export const refusal = (what: string, reasons: string[], path = 'shiftId'): AppError => fieldError(path, `${what}: ${reasons.join(' ').replace(/^Du /, 'du ')}`);
